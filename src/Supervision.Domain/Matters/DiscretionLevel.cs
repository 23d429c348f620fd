namespace Supervision.Domain.Matters;

/// <summary>Circumstance levels of a discretion benchmark (裁量阶次, 《济南市推进行政执法精准化规定》 Art. 5).</summary>
public enum DiscretionLevel
{
    Minor = 0,
    General = 1,
    Serious = 2,
    Severe = 3,
}

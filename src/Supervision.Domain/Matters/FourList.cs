namespace Supervision.Domain.Matters;

/// <summary>The four lists (四张清单, 《济南市推进行政执法精准化规定》 Art. 7): no penalty, reduced, lighter, heavier penalty.</summary>
public enum FourList
{
    NoPenalty = 0,
    Reduced = 1,
    Lighter = 2,
    Heavier = 3,
}

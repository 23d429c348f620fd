namespace Supervision.Web.Features.Seeding;

/// <summary>How big a city the generator makes, over how many days up to the anchor time.</summary>
public sealed record GeneratorProfile(
    string Name, int Days, int Officers, int Enterprises, int Persons, int Inspections, int Cases, int CompulsoryMeasures, int Complaints)
{
    /// <summary>About 90 days of a city at a tenth of Jinan's scale: loads on first start in a few seconds.</summary>
    public static readonly GeneratorProfile Demo = new("demo", 90, 2_000, 8_000, 2_000, 12_000, 4_000, 400, 800);

    /// <summary>A year of a city of Jinan's scale (“泉执法 慧监督”(济南市): 15,000+ officers, 100,000+ market entities, 68,000+ online cases).</summary>
    public static readonly GeneratorProfile Jinan = new("jinan", 365, 15_500, 100_000, 30_000, 300_000, 100_000, 8_000, 20_000);

    public static GeneratorProfile Named(string name) => name.ToLowerInvariant() switch
    {
        "demo" => Demo,
        "jinan" => Jinan,
        _ => throw new ArgumentException($"Unknown profile '{name}': use 'demo' or 'jinan'."),
    };
}

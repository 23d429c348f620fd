namespace Supervision.Domain.Matters;

/// <summary>The four lists (四张清单, seeds/000 Art. 7): no penalty, reduced, lighter, heavier penalty.</summary>
public enum FourList
{
    NoPenalty = 0,
    Reduced = 1,
    Lighter = 2,
    Heavier = 3,
}

/// <summary>Circumstance levels of a discretion benchmark (裁量阶次, seeds/000 Art. 5).</summary>
public enum DiscretionLevel
{
    Minor = 0,
    General = 1,
    Serious = 2,
    Severe = 3,
}

/// <summary>执法事项: a penalty matter owned by a city department, with its statutory fine range in yuan.</summary>
public sealed class Matter
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int DepartmentId { get; set; }
    public Agencies.Sector Sector { get; set; }
    public required string LegalBasis { get; set; }
    public long StatutoryMinFine { get; set; }
    public long StatutoryMaxFine { get; set; }
}

/// <summary>行政裁量权基准: the fine range for one circumstance level of a matter, in yuan.</summary>
public sealed class DiscretionBenchmark
{
    public int Id { get; set; }
    public int MatterId { get; set; }
    public DiscretionLevel Level { get; set; }
    public long MinFine { get; set; }
    public long MaxFine { get; set; }
}

/// <summary>One item of the four lists: the circumstance under which a matter is not punished, or punished less or more.</summary>
public sealed class FourListItem
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public int MatterId { get; set; }
    public FourList List { get; set; }
    public required string Circumstance { get; set; }
}

namespace Supervision.Domain.Matters;

/// <summary>行政裁量权基准: the fine range for one circumstance level of a matter, in yuan.</summary>
public sealed class DiscretionBenchmark
{
    public int Id { get; set; }
    public int MatterId { get; set; }
    public DiscretionLevel Level { get; set; }
    public long MinFine { get; set; }
    public long MaxFine { get; set; }
}

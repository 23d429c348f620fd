namespace Supervision.Domain.Matters;

/// <summary>
/// What fine a decision may carry, given the matter's benchmark for the circumstance level and the four-list item applied
/// (《济南市推进行政执法精准化规定》 Art. 5 and 7; 行政处罚法 Art. 32–33):
/// ordinary — inside the level's range; lighter (从轻) — the lower half of it; heavier (从重) — the upper half;
/// reduced (减轻) — below the statutory minimum; no penalty (不予处罚) — nothing.
/// </summary>
public readonly record struct FineRange(long Min, long Max)
{
    public bool Contains(long fine) => fine >= Min && fine <= Max;

    public static FineRange For(DiscretionBenchmark benchmark, FourList? list, long statutoryMinFine)
    {
        var mid = benchmark.MinFine + (benchmark.MaxFine - benchmark.MinFine) / 2;
        return list switch
        {
            null => new(benchmark.MinFine, benchmark.MaxFine),
            FourList.Lighter => new(benchmark.MinFine, mid),
            FourList.Heavier => new(mid, benchmark.MaxFine),
            // A matter whose statutory minimum is already zero can only be reduced to a warning.
            FourList.Reduced => new(0, Math.Max(0, statutoryMinFine - 1)),
            FourList.NoPenalty => new(0, 0),
            _ => throw new ArgumentOutOfRangeException(nameof(list)),
        };
    }
}

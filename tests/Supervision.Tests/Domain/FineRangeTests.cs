using Supervision.Domain.Matters;

namespace Supervision.Tests.Domain;

public class FineRangeTests
{
    private static readonly DiscretionBenchmark General = new() { Level = DiscretionLevel.General, MinFine = 20_000, MaxFine = 50_000 };

    [Theory]
    [InlineData(null, 20_000, true)]
    [InlineData(null, 50_000, true)]
    [InlineData(null, 19_999, false)]
    [InlineData(null, 50_001, false)]
    [InlineData(FourList.Lighter, 35_000, true)]   // midpoint belongs to both halves
    [InlineData(FourList.Lighter, 35_001, false)]
    [InlineData(FourList.Heavier, 35_000, true)]
    [InlineData(FourList.Heavier, 34_999, false)]
    [InlineData(FourList.Reduced, 4_999, true)]    // below the statutory minimum of 5,000
    [InlineData(FourList.Reduced, 5_000, false)]
    [InlineData(FourList.NoPenalty, 0, true)]
    [InlineData(FourList.NoPenalty, 1, false)]
    public void Allows_what_the_list_and_benchmark_allow(FourList? list, long fine, bool allowed) =>
        Assert.Equal(allowed, FineRange.For(General, list, statutoryMinFine: 5_000).Contains(fine));

    [Fact]
    public void A_matter_with_no_statutory_minimum_can_only_be_reduced_to_nothing() =>
        Assert.Equal(new FineRange(0, 0), FineRange.For(General, FourList.Reduced, statutoryMinFine: 0));
}

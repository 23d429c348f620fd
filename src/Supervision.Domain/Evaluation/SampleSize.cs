namespace Supervision.Domain.Evaluation;

/// <summary>How large a campaign's sample is: a number of files per agency, or a percentage of each agency's closed cases.</summary>
public sealed record SampleSize
{
    private SampleSize(int? perAgency, int? percent)
    {
        PerAgency = perAgency;
        Percent = percent;
    }

    public int? PerAgency { get; }
    public int? Percent { get; }

    public static SampleSize Files(int perAgency) =>
        perAgency >= 1 ? new SampleSize(perAgency, null) : throw new ArgumentOutOfRangeException(nameof(perAgency), perAgency, "At least one file per agency.");

    public static SampleSize OfCases(int percent) =>
        percent is >= 1 and <= 100 ? new SampleSize(null, percent) : throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentage from 1 to 100.");

    /// <summary>How many of an agency's <paramref name="cases"/> closed cases are drawn.</summary>
    public int For(int cases)
    {
        if (cases <= 0) return 0;
        if (PerAgency is { } n) return Math.Min(n, cases);
        // Rounded up: 5 % of 30 cases is 2 files, and an agency with any closed case gives at least one.
        var wanted = (int)((cases * (long)Percent!.Value + 99) / 100);
        return Math.Clamp(wanted, 1, cases);
    }
}

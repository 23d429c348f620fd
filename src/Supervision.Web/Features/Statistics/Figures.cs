namespace Supervision.Web.Features.Statistics;

/// <summary>The month's figures for one row (an agency, a district, a sector, or the city). Rates are of these counts.</summary>
public sealed record Figures
{
    public int Inspections { get; init; }
    public int CasesFiled { get; init; }
    public int CasesDecided { get; init; }
    /// <summary>Yuan, of the cases decided in the month.</summary>
    public long Fines { get; init; }
    public int NoPenalty { get; init; }
    public int Reduced { get; init; }
    public int Lighter { get; init; }
    public int Heavier { get; init; }
    public int WarningsRed { get; init; }
    public int WarningsOrange { get; init; }
    public int WarningsYellow { get; init; }
    public int WarningsBlue { get; init; }
    public int NoticesIssued { get; init; }
    public int NoticesOnTime { get; init; }
    public int NoticesLate { get; init; }
    public int NoticesUnanswered { get; init; }
    public int ComplaintsReceived { get; init; }
    public int ComplaintsOnTime { get; init; }

    public static readonly Figures Zero = new();

    public int FourListTotal => NoPenalty + Reduced + Lighter + Heavier;
    public int Warnings => WarningsRed + WarningsOrange + WarningsYellow + WarningsBlue;
    public double? NoticeOnTimeRate => NoticesIssued == 0 ? null : (double)NoticesOnTime / NoticesIssued;
    public double? ComplaintOnTimeRate => ComplaintsReceived == 0 ? null : (double)ComplaintsOnTime / ComplaintsReceived;

    public static Figures operator +(Figures a, Figures b) => new()
    {
        Inspections = a.Inspections + b.Inspections,
        CasesFiled = a.CasesFiled + b.CasesFiled,
        CasesDecided = a.CasesDecided + b.CasesDecided,
        Fines = a.Fines + b.Fines,
        NoPenalty = a.NoPenalty + b.NoPenalty,
        Reduced = a.Reduced + b.Reduced,
        Lighter = a.Lighter + b.Lighter,
        Heavier = a.Heavier + b.Heavier,
        WarningsRed = a.WarningsRed + b.WarningsRed,
        WarningsOrange = a.WarningsOrange + b.WarningsOrange,
        WarningsYellow = a.WarningsYellow + b.WarningsYellow,
        WarningsBlue = a.WarningsBlue + b.WarningsBlue,
        NoticesIssued = a.NoticesIssued + b.NoticesIssued,
        NoticesOnTime = a.NoticesOnTime + b.NoticesOnTime,
        NoticesLate = a.NoticesLate + b.NoticesLate,
        NoticesUnanswered = a.NoticesUnanswered + b.NoticesUnanswered,
        ComplaintsReceived = a.ComplaintsReceived + b.ComplaintsReceived,
        ComplaintsOnTime = a.ComplaintsOnTime + b.ComplaintsOnTime,
    };

    public static Figures Sum(IEnumerable<Figures> all) => all.Aggregate(Zero, (x, y) => x + y);
}

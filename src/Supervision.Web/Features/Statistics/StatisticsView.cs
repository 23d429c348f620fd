using Supervision.Web.Components.Shared;

namespace Supervision.Web.Features.Statistics;

/// <summary>The statistics' views: which rows (agency, district, sector) and which columns. The page and the workbook both read these.</summary>
public sealed record StatisticsView(string Key, string TitleKey, string RowHeaderKey, Func<MonthlyReport, IReadOnlyList<StatisticsRow>> Rows, IReadOnlyList<FigureColumn> Columns)
{
    public string Title => UiText.Get(TitleKey);
    public string RowHeader => UiText.Get(RowHeaderKey);

    private static readonly FigureColumn[] Core =
    [
        new("Statistics.Col.Inspections", FigureFormat.Count, f => f.Inspections),
        new("Statistics.Col.CasesFiled", FigureFormat.Count, f => f.CasesFiled),
        new("Statistics.Col.CasesDecided", FigureFormat.Count, f => f.CasesDecided),
        new("Statistics.Col.Fines", FigureFormat.Money, f => f.Fines),
        new("Statistics.Col.FourListUse", FigureFormat.Count, f => f.FourListTotal),
        new("Statistics.Col.Warnings", FigureFormat.Count, f => f.Warnings),
        new("Statistics.Col.NoticesIssued", FigureFormat.Count, f => f.NoticesIssued),
        new("Statistics.Col.ComplaintsReceived", FigureFormat.Count, f => f.ComplaintsReceived),
    ];

    private static readonly FigureColumn[] FourLists =
    [
        new("Statistics.Col.CasesDecided", FigureFormat.Count, f => f.CasesDecided),
        new("FourList.NoPenalty", FigureFormat.Count, f => f.NoPenalty),
        new("FourList.Reduced", FigureFormat.Count, f => f.Reduced),
        new("FourList.Lighter", FigureFormat.Count, f => f.Lighter),
        new("FourList.Heavier", FigureFormat.Count, f => f.Heavier),
        new("Statistics.Col.FourListUse", FigureFormat.Count, f => f.FourListTotal),
    ];

    private static readonly FigureColumn[] WarningLevels =
    [
        new("Statistics.Col.Red", FigureFormat.Count, f => f.WarningsRed),
        new("Statistics.Col.Orange", FigureFormat.Count, f => f.WarningsOrange),
        new("Statistics.Col.Yellow", FigureFormat.Count, f => f.WarningsYellow),
        new("Statistics.Col.Blue", FigureFormat.Count, f => f.WarningsBlue),
        new("Statistics.Col.Warnings", FigureFormat.Count, f => f.Warnings),
    ];

    private static readonly FigureColumn[] Notices =
    [
        new("Statistics.Col.NoticesIssued", FigureFormat.Count, f => f.NoticesIssued),
        new("Statistics.Col.NoticesOnTime", FigureFormat.Count, f => f.NoticesOnTime),
        new("Statistics.Col.NoticesLate", FigureFormat.Count, f => f.NoticesLate),
        new("Statistics.Col.NoticesUnanswered", FigureFormat.Count, f => f.NoticesUnanswered),
        new("Statistics.Col.NoticeOnTimeRate", FigureFormat.Rate, f => f.NoticeOnTimeRate),
    ];

    private static readonly FigureColumn[] Complaints =
    [
        new("Statistics.Col.ComplaintsReceived", FigureFormat.Count, f => f.ComplaintsReceived),
        new("Statistics.Col.ComplaintsOnTime", FigureFormat.Count, f => f.ComplaintsOnTime),
        new("Statistics.Col.ComplaintOnTimeRate", FigureFormat.Rate, f => f.ComplaintOnTimeRate),
    ];

    /// <summary>In the order of the page's tabs and the workbook's sheets; the last four break the agency rows down.</summary>
    public static readonly IReadOnlyList<StatisticsView> All =
    [
        new("agency", "Statistics.View.ByAgency", "Statistics.Row.Agency", r => r.ByAgency, Core),
        new("district", "Statistics.View.ByDistrict", "Statistics.Row.District", r => r.ByDistrict, Core),
        new("sector", "Statistics.View.BySector", "Statistics.Row.Sector", r => r.BySector, Core),
        new("fourlist", "Statistics.View.FourLists", "Statistics.Row.Agency", r => r.ByAgency, FourLists),
        new("warnings", "Statistics.View.Warnings", "Statistics.Row.Agency", r => r.ByAgency, WarningLevels),
        new("notices", "Statistics.View.Notices", "Statistics.Row.Agency", r => r.ByAgency, Notices),
        new("complaints", "Statistics.View.Complaints", "Statistics.Row.Agency", r => r.ByAgency, Complaints),
    ];
}

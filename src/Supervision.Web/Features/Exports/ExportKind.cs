namespace Supervision.Web.Features.Exports;

/// <summary>What an export produces. The numbers are stored, so they never change.</summary>
public enum ExportKind
{
    /// <summary>月度统计 workbook (one sheet per view).</summary>
    MonthlyStatistics = 0,
    /// <summary>预警清单: the warnings, streamed.</summary>
    WarningsList = 1,
    /// <summary>监督文书清单: the supervision notices, streamed.</summary>
    NoticesList = 2,
    /// <summary>案件清单: the cases filed in a month, streamed.</summary>
    CasesList = 3,
}

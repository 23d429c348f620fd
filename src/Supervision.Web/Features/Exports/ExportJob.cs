namespace Supervision.Web.Features.Exports;

/// <summary>
/// One export, requested by a person or filed by the monthly archive. It lives in the app's database (Hangfire's
/// in-memory queue does not survive a restart); the file lives under <see cref="ExportOptions.Directory"/>.
/// </summary>
public sealed class ExportJob
{
    public int Id { get; set; }
    public ExportKind Kind { get; set; }
    /// <summary>The filter as JSON (<see cref="ExportParameters"/>).</summary>
    public required string Parameters { get; set; }
    /// <summary>The period the file covers, as its name carries it: 2026-10 (a month) or 2026-11-23 (a list's day).</summary>
    public required string PeriodLabel { get; set; }
    public required string RequestedBy { get; set; }
    /// <summary>The requester's user id; null for the archive job.</summary>
    public string? RequestedById { get; set; }
    /// <summary>The agency the export is confined to (an agency liaison's), or null for city-wide.</summary>
    public int? AgencyScope { get; set; }
    public ExportStatus Status { get; set; }
    public int Progress { get; set; }
    public int Rows { get; set; }
    /// <summary>The name the download carries: 月度统计_2026-10.xlsx.</summary>
    public required string FileName { get; set; }
    /// <summary>The file's name under the exports directory, once written.</summary>
    public string? StoredName { get; set; }
    public long Size { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public string? Error { get; set; }
    /// <summary>Filed by the monthly archive job (/exports/archive).</summary>
    public bool Archived { get; set; }
}

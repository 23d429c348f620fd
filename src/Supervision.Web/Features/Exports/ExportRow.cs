namespace Supervision.Web.Features.Exports;

public sealed record ExportRow(int Id, ExportKind Kind, string PeriodLabel, string RequestedBy, ExportStatus Status, int Progress, int Rows, string FileName,
    long Size, DateTime CreatedAt, DateTime? FinishedAt, string? Error, bool Archived);

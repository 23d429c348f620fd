using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Workbench;

public sealed record WarningHistoryRow(long Id, WarningChangeKind Kind, DateTime At, WarningLevel Level, WarningStatus Status, string? By, string? Note);

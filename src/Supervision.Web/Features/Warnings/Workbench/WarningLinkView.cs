using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Workbench;

/// <summary>A record that caused a warning: a label (number or masked name where the reader may see it) and its drill-down, if it has one.</summary>
public sealed record WarningLinkView(RecordKind Kind, int RecordId, string? Label, string? Href);

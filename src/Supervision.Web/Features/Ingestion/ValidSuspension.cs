using Supervision.Domain.Cases;

namespace Supervision.Web.Features.Ingestion;

/// <summary>A suspension as checked: within the case, not overlapping another, its end (if any) not before its start.</summary>
internal sealed record ValidSuspension(SuspensionReason Reason, DateOnly From, DateOnly? To, string? Note)
{
    /// <summary>How a revision records it: reason and days in invariant form, e.g. “Hearing 2026-03-01~2026-03-12”.</summary>
    public string Invariant => $"{Reason} {RevisionCapture.Invariant(From)}~{RevisionCapture.Invariant(To)}";
}

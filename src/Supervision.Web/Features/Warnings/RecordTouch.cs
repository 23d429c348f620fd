using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings;

/// <summary>A record the ingestion accepted, or a supervision notice that changed: what the rules' bindings map to subjects.</summary>
/// <param name="Backlog">The backlog row listing it until evaluated (<see cref="EvaluationBacklog"/>); 0 for none.</param>
/// <param name="Revised">A resend that changed a stored record (not its first receipt): a warning it clears was cleared by the agency's correction.</param>
public sealed record RecordTouch(RecordKind Kind, int Id, bool Revised = false, long Backlog = 0)
{
    /// <summary>The record kind of an activity event's kind (the ingestion's record types); null for one no rule reads.</summary>
    public static RecordKind? KindOfActivity(string kind) => Activity.ActivityKinds.RecordKindOf(kind);
}

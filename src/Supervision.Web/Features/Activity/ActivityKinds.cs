using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Activity;

/// <summary>The record kinds behind the activity feed's kinds (the ingestion's record types).</summary>
public static class ActivityKinds
{
    /// <summary>The record kind of an activity event's kind; null for one no rule reads.</summary>
    public static RecordKind? RecordKindOf(string kind) => kind switch
    {
        "inspection" => RecordKind.Inspection,
        "case" => RecordKind.Case,
        "rectification" => RecordKind.RectificationOrder,
        "measure" => RecordKind.CompulsoryMeasure,
        "complaint" => RecordKind.Complaint,
        "notice" => RecordKind.Notice,
        // A credit grade's event carries the enterprise's id: the grade changes how its inspections are judged.
        "credit-grade" => RecordKind.Party,
        _ => null,
    };
}

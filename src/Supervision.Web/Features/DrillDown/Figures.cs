using Supervision.Web.Shared;

namespace Supervision.Web.Features.DrillDown;

/// <summary>
/// An agency's or a street's figures: activity within the period (inspections, filings, fines decided, complaints
/// received) and what stands open today (rectification orders awaiting review, of them overdue; complaints unhandled).
/// </summary>
public sealed record Figures(
    Period Period,
    int Inspections,
    int CasesFiled,
    long FinesDecided,
    int RectificationsOpen,
    int RectificationsOverdue,
    int ComplaintsReceived,
    int ComplaintsOpen);

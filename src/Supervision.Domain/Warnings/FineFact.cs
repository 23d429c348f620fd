using Supervision.Domain.Matters;

namespace Supervision.Domain.Warnings;

/// <summary>
/// A decided fine with the circumstance level and four-list item the decision applied, and when the center received the
/// decision (null: with the case, or before receipts were kept).
/// </summary>
public sealed record FineFact(int CaseId, string CaseNumber, int AgencyId, int StreetId, int MatterId, DiscretionLevel Level, FourList? List,
    long Fine, DateTime DecidedAt, int PartyId = 0, DateTime? DecisionReceivedAt = null)
{
    /// <summary>A window holds a decision made in it or received in it: one reported 60 days late is still judged.</summary>
    public bool DecidedOrReceivedIn(DayWindow window) => window.Contains(DecidedAt) || DecisionReceivedAt is { } r && window.Contains(r);
}

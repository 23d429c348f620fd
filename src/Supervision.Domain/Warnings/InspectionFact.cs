using Supervision.Domain.Agencies;
using Supervision.Domain.Inspections;

namespace Supervision.Domain.Warnings;

/// <summary>
/// An enterprise inspection. <see cref="Sector"/> is the inspecting agency's sector: it stands for the inspection's
/// kind when asking whether an agency repeated a kind already covered by a joint inspection.
/// </summary>
public sealed record InspectionFact(int Id, int AgencyId, Sector Sector, int PartyId, InspectionKind Kind, DateTime StartedAt,
    DateTime? PreFiledAt, int StreetId, string? JointReference = null, DateTime? PreFilingReceivedAt = null,
    DateTime? ReceivedAt = null)
{
    /// <summary>When the pre-filing counts from: the time claimed, or when the center received it if a resend added it later.</summary>
    public DateTime? PreFilingCounts => PreFiledAt is { } claimed && PreFilingReceivedAt is { } received && received > claimed ? received : PreFiledAt;
}

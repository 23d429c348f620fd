using Supervision.Domain.CompulsoryMeasures;

namespace Supervision.Domain.Warnings;

/// <summary>A compulsory measure with its time span.</summary>
public sealed record CompulsoryFact(int Id, int AgencyId, int PartyId, int StreetId, CompulsoryKind Kind, DateTime StartedAt, DateTime? EndedAt,
    bool IsEmergency, int? CaseId = null, DateTime? ReceivedAt = null)
{
    public bool IsExecution => Kind is CompulsoryKind.ForcedDemolition or CompulsoryKind.ForcedExecution;
}

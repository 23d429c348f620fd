namespace Supervision.Domain.Warnings;

/// <summary>A rectification order and whether its follow-up review has happened.</summary>
public sealed record RectificationFact(int Id, int AgencyId, int PartyId, int StreetId, DateOnly Deadline, DateTime? ReviewedAt,
    int? InspectionId = null, int? CaseId = null);

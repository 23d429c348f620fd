namespace Supervision.Domain.Warnings;

/// <summary>
/// A case of a party for a matter, with its decision (fine in yuan, null or 0: not fined) and the four-list item it cited.
/// For the first-violation rule the snapshot holds every case of the parties and matters concerned, whatever their age.
/// </summary>
public sealed record FirstViolationFact(int CaseId, int AgencyId, int PartyId, int MatterId, int StreetId, DateTime FiledAt, DateTime? DecidedAt,
    long? Fine, int? FourListItemId);

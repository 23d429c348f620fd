using Supervision.Domain.Matters;

namespace Supervision.Domain.Warnings;

/// <summary>A decided fine with the circumstance level and four-list item the decision applied.</summary>
public sealed record FineFact(int CaseId, string CaseNumber, int AgencyId, int StreetId, int MatterId, DiscretionLevel Level, FourList? List,
    long Fine, DateTime DecidedAt, int PartyId = 0);

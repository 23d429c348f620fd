using Supervision.Domain.Agencies;
using Supervision.Domain.Complaints;
using Supervision.Domain.CompulsoryMeasures;
using Supervision.Domain.Inspections;
using Supervision.Domain.Matters;
using Supervision.Domain.Parties;

namespace Supervision.Domain.Warnings;

/// <summary>A decided fine with the circumstance level and four-list item the decision applied.</summary>
public sealed record FineFact(int CaseId, string CaseNumber, int AgencyId, int StreetId, int MatterId, DiscretionLevel Level, FourList? List,
    long Fine, DateTime DecidedAt);

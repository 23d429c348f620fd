using Supervision.Domain.Agencies;
using Supervision.Domain.Complaints;
using Supervision.Domain.CompulsoryMeasures;
using Supervision.Domain.Inspections;
using Supervision.Domain.Matters;
using Supervision.Domain.Parties;

namespace Supervision.Domain.Warnings;

/// <summary>Inspections of the year to date with the enterprises they concern.</summary>
public sealed record InspectionSnapshot(IReadOnlyCollection<InspectionFact> Inspections, IReadOnlyCollection<PartyFact> Parties);

namespace Supervision.Domain.Warnings;

/// <summary>Inspections of the year to date with the enterprises they concern.</summary>
public sealed record InspectionSnapshot(IReadOnlyCollection<InspectionFact> Inspections, IReadOnlyCollection<PartyFact> Parties);

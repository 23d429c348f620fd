namespace Supervision.Domain.Warnings;

public sealed record EvidenceSnapshot(IReadOnlyCollection<EvidenceFact> Evidence, IReadOnlyCollection<OfficerFact> Officers);

using Supervision.Domain.Agencies;
using Supervision.Domain.Complaints;
using Supervision.Domain.CompulsoryMeasures;
using Supervision.Domain.Inspections;
using Supervision.Domain.Matters;
using Supervision.Domain.Parties;

namespace Supervision.Domain.Warnings;

public sealed record EvidenceSnapshot(IReadOnlyCollection<EvidenceFact> Evidence, IReadOnlyCollection<OfficerFact> Officers);

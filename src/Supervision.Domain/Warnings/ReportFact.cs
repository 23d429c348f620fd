using Supervision.Domain.Cases;

namespace Supervision.Domain.Warnings;

/// <summary>
/// A record as it reached the center: the act it reports (when it happened) and when the center first received it. A
/// case's later stage sent on its own (a decision, a service) is a report of its own: <see cref="Stage"/> names it.
/// </summary>
public sealed record ReportFact(RecordKind Kind, int Id, int AgencyId, DateTime ActAt, DateTime ReceivedAt, CaseStage? Stage = null);

namespace Supervision.Domain.Warnings;

/// <summary>A record as it reached the center: the act it reports (when it happened) and when the center first received it.</summary>
public sealed record ReportFact(RecordKind Kind, int Id, int AgencyId, DateTime ActAt, DateTime ReceivedAt);

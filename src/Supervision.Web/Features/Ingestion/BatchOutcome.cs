namespace Supervision.Web.Features.Ingestion;

public sealed record BatchOutcome(int Accepted, int Rejected, IReadOnlyList<BatchItemOutcome> Records);

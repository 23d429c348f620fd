namespace Supervision.Web.Features.Ingestion;

public sealed record BatchIn(List<RecordIn?>? Records);

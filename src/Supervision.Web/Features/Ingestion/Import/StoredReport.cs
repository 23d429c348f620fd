namespace Supervision.Web.Features.Ingestion.Import;

public sealed record StoredReport(string FileName, byte[] Content, DateTime AtUtc);

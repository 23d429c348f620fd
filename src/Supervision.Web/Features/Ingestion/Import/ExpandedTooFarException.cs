namespace Supervision.Web.Features.Ingestion.Import;

/// <summary>A zip part decompressed past the limit (see <see cref="WorkbookGuard"/>).</summary>
internal sealed class ExpandedTooFarException() : Exception("The workbook expands beyond the limit.");

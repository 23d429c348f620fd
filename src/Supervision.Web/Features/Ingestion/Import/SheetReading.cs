namespace Supervision.Web.Features.Ingestion.Import;

/// <summary>The data rows of an uploaded file, keyed by the template's headers; or why the file as a whole cannot be read.</summary>
public sealed record SheetReading(IReadOnlyList<ImportRow> Rows, string? Error)
{
    public static SheetReading Fail(string error) => new([], error);
}

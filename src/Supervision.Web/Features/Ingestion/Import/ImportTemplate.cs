namespace Supervision.Web.Features.Ingestion.Import;

/// <summary>
/// One kind of record a person can import: its columns (one row per record), how a row becomes the API's record, and
/// the example row of the downloadable template. Cases are not importable: a case is many stages, not one row.
/// </summary>
public sealed record ImportTemplate(string Slug, string Title, IReadOnlyList<ImportColumn> Columns,
    Func<ImportRow, RecordIn> Build, Func<DateOnly, IReadOnlyDictionary<string, string>> Example)
{
    /// <summary>The header of the column that fills an API field, for reporting the writer's problems by column.</summary>
    public string ColumnFor(string path)
    {
        // officers[1] → officers; location → 经度、纬度 (the writer judges the pair under one name).
        var bare = path.Split('[')[0];
        if (Columns.FirstOrDefault(c => c.Path == bare) is { } exact) return exact.Header;
        var parts = Columns.Where(c => c.Path.StartsWith(bare + ".", StringComparison.Ordinal)).Select(c => c.Header).ToList();
        return parts.Count > 0 ? string.Join("、", parts) : path;
    }
}

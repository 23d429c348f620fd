namespace Supervision.Web.Features.Exports;

/// <summary>A list export: its sheet, columns, how many rows it will have (for the progress bar) and the rows, streamed.</summary>
public sealed record ListSource(string SheetName, IReadOnlyList<ListColumn> Columns, Func<CancellationToken, Task<int>> CountAsync,
    Func<CancellationToken, IAsyncEnumerable<object?[]>> Rows);

using MudBlazor;

namespace Supervision.Web.Shared;

/// <summary>One page of a list as a grid asks for it: zero-based page, size, and the column to sort by (its property name).</summary>
public sealed record PageRequest(int Page = 0, int PageSize = PageRequest.DefaultPageSize, string? SortBy = null, bool Descending = false)
{
    public const int DefaultPageSize = 50;
    // A hand-edited request must not make the server read a whole table into one page.
    public const int MaxPageSize = 200;

    public int Size => Math.Clamp(PageSize, 1, MaxPageSize);
    public int Skip => Math.Max(0, Page) * Size;

    public static PageRequest From<T>(GridState<T> state)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        return new(state.Page, state.PageSize, sort?.SortBy, sort?.Descending ?? false);
    }
}

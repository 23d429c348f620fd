using MudBlazor;

namespace Supervision.Web.Shared;

/// <summary>A page of rows and the number of rows all pages hold together.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Total)
{
    public GridData<T> ToGridData() => new() { Items = Items, TotalItems = Total };
}

using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Agencies;
using Supervision.Domain.Notices;
using Supervision.Web.Components.Shared;
using Supervision.Web.Data;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Features.Warnings.Workbench;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Exports;

/// <summary>A list export: its sheet, columns, how many rows it will have (for the progress bar) and the rows, streamed.</summary>
public sealed record ListSource(string SheetName, IReadOnlyList<ListColumn> Columns, Func<CancellationToken, Task<int>> CountAsync,
    Func<CancellationToken, IAsyncEnumerable<object?[]>> Rows);

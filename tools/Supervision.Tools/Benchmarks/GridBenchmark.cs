using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Cases;
using Supervision.Web.Data;
using Supervision.Web.Features.DrillDown;
using Supervision.Web.Shared;

namespace Supervision.Tools.Benchmarks;

/// <summary>
/// The grid half of <c>bench overview</c>: one page of the case list as the grid asks for it — 50 rows of the busiest
/// agency's closed cases, newest filing first, with the total count the pager needs — through the real query service.
/// </summary>
public static class GridBenchmark
{
    public static async Task<double> MedianGridPageMsAsync(IServiceProvider services, int runs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        int agencyId;
        await using (var db = await services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync())
        {
            agencyId = await db.Cases.GroupBy(c => c.AgencyId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefaultAsync();
        }
        var filter = new CaseFilter(AgencyId: agencyId, Stage: CaseStage.Closed);

        // A scope outside any circuit or request has no signed-in user: the city-wide view, as an operator sees it.
        using var scope = services.CreateScope();
        var cases = scope.ServiceProvider.GetRequiredService<CaseQueries>();
        await cases.ListAsync(filter, Page(0));
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var page = await cases.ListAsync(filter, Page(i % 5));
            watch.Stop();
            if (page.Total > 0 && page.Items.Count == 0 && i % 5 * PageRequest.DefaultPageSize < page.Total)
                throw new InvalidOperationException("The benchmark page came back empty.");
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
    }

    // Paging forward through the first pages, as a user does; page one alone would flatter the figure.
    private static PageRequest Page(int page) => new(page, PageRequest.DefaultPageSize, nameof(CaseRow.FiledAt), Descending: true);
}

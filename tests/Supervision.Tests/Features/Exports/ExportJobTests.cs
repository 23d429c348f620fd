using System.Net;
using System.Security.Claims;
using ClosedXML.Excel;
using Hangfire;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Tests.Features.Statistics;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Exports;
using Supervision.Web.Shared;

namespace Supervision.Tests.Features.Exports;

/// <summary>Exports end to end: asked for as a person, run by Hangfire, downloaded over HTTP by whoever may have them.</summary>
[Collection(StatisticsCollection.Name)]
public class ExportJobTests(StatisticsApp fixture)
{
    private IServiceProvider Services => fixture.App.Services;

    /// <summary>The export centre as the demo account signs in (its real user id, roles and agency).</summary>
    private async Task<ExportCentre> CentreAsAsync(string userName)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SupervisionUser>>();
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<SupervisionUser>>().CreateAsync((await users.FindByNameAsync(userName))!);
        return new ExportCentre(SignedInAs.UserDb(Services, principal), new CurrentUser(new Fixed(principal), new HttpContextAccessor()),
            Services.GetRequiredService<AuditLog>(), Services.GetRequiredService<IBackgroundJobClient>(), Services.GetRequiredService<ReferenceData>(), fixture.Clock);
    }

    private async Task<ExportJob> DoneAsync(int id)
    {
        var centre = await CentreAsAsync("admin");
        ExportJob? job = null;
        try
        {
            await Wait.UntilAsync(async () => (job = (await centre.FindAsync(id))!).Status is ExportStatus.Done or ExportStatus.Failed, TimeSpan.FromSeconds(60),
                $"export {id} to finish");
            return job!;
        }
        catch (TimeoutException)
        {
            // Said below, with what Hangfire knows.
        }
        var monitor = Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var failed = monitor.FailedJobs(0, 10).Select(j => $"{j.Value.Job?.Method.Name}: {j.Value.ExceptionMessage}");
        var processing = monitor.ProcessingJobs(0, 10).Select(j => j.Value.Job?.Method.Name);
        throw new TimeoutException($"Export {id} did not finish: {(await centre.FindAsync(id))!.Status}; failed jobs: {string.Join("; ", failed)}; " +
            $"processing: {string.Join(", ", processing)}; enqueued: {monitor.EnqueuedCount("default")}");
    }

    private async Task EnsureUserAsync(string userName, string role, string? agencyCode)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SupervisionUser>>();
        if (await users.FindByNameAsync(userName) is not null) return;
        await using var db = await fixture.Db();
        var agency = agencyCode is null ? null : await db.Agencies.Where(a => a.Code == agencyCode).Select(a => (int?)a.Id).SingleAsync();
        var user = new SupervisionUser { UserName = userName, DisplayName = userName, AgencyId = agency, CreatedAt = fixture.Clock.UtcNow() };
        Assert.True((await users.CreateAsync(user, AccountSetup.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    [Fact]
    public async Task A_liaisons_export_runs_to_done_holds_only_its_agency_and_downloads_only_for_it()
    {
        var progress = new List<ExportUpdate>();
        using var subscription = Services.GetRequiredService<ExportProgress>().Subscribe(u => { lock (progress) progress.Add(u); });
        var liaison = await CentreAsAsync("liaison");
        // The liaison asks for the city (no agency filter): the scope, not the request, decides.
        var id = await liaison.RequestAsync(ExportKind.MonthlyStatistics, new ExportParameters(fixture.Month.Year, fixture.Month.Month));

        var job = await DoneAsync(id);
        Assert.Equal(ExportStatus.Done, job.Status);
        Assert.Equal(100, job.Progress);
        Assert.Equal($"月度统计_历下区市场监督管理局_{fixture.Month.Label}.xlsx", job.FileName);
        await Wait.UntilAsync(() => { lock (progress) return progress.Any(p => p.Id == id && p.Status == ExportStatus.Done && p.Progress == 100); },
            TimeSpan.FromSeconds(10), "the export's completion reaches its subscribers");
        Assert.Contains(await liaison.MineAsync(), r => r.Id == id);

        var own = await fixture.App.SignInAsync("liaison");
        var response = await own.GetAsync($"/exports/{id}/file");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using (var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync())))
        {
            var sheet = workbook.Worksheet("按单位");
            var names = Enumerable.Range(MonthlyWorkbook.HeaderRow, sheet.LastRowUsed().RowNumber() - MonthlyWorkbook.HeaderRow + 1)
                .Select(r => sheet.Cell(r, 2).GetString()).ToList();
            Assert.Equal(["执法单位", "历下区市场监督管理局", "合计"], names);
        }

        await EnsureUserAsync("liaison2", Roles.AgencyLiaison, "370103-SCJG");
        var another = await fixture.App.SignInAsync("liaison2");
        Assert.Equal(HttpStatusCode.NotFound, (await another.GetAsync($"/exports/{id}/file")).StatusCode);
        Assert.Empty(await (await CentreAsAsync("liaison2")).MineAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await fixture.App.SignInAsync("operator")).GetAsync($"/exports/{id}/file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await fixture.App.SignInAsync("analyst")).GetAsync($"/exports/{id}/file")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await fixture.App.SignInAsync("admin")).GetAsync($"/exports/{id}/file")).StatusCode);

        var audit = await fixture.App.AuditAsync();
        Assert.Contains(audit, e => e.Action == AuditActions.ExportRequested && e.Target == $"export:{id}" && e.UserName == "liaison");
        Assert.Contains(audit, e => e.Action == AuditActions.ExportDownloaded && e.Target == $"export:{id}" && e.UserName == "liaison");
    }

    [Fact]
    public async Task A_list_export_streams_through_Hangfire_with_progress()
    {
        var analyst = await CentreAsAsync("analyst");
        var id = await analyst.RequestAsync(ExportKind.CasesList, new ExportParameters(fixture.Month.Year, fixture.Month.Month));
        var job = await DoneAsync(id);
        Assert.Equal((ExportStatus.Done, 100), (job.Status, job.Progress));
        await using var db = await fixture.Db();
        var (from, to) = (fixture.Month.FromUtc, fixture.Month.ToUtc);
        Assert.Equal(await db.Cases.CountAsync(c => c.FiledAt >= from && c.FiledAt < to), job.Rows);
        Assert.Equal($"案件清单_{fixture.Month.Label}.xlsx", job.FileName);
        var response = await (await fixture.App.SignInAsync("analyst")).GetAsync($"/exports/{id}/file");
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(job.Rows + 1, workbook.Worksheet(1).LastRowUsed().RowNumber());
    }

    [Fact]
    public async Task The_archive_files_last_month_once_for_every_city_wide_reader()
    {
        var archive = Services.GetRequiredService<MonthlyArchive>();
        var first = await archive.FileLastMonthAsync(CancellationToken.None);
        var second = await archive.FileLastMonthAsync(CancellationToken.None);

        Assert.NotNull(first);
        Assert.Null(second);
        await using var db = await fixture.Db();
        var filed = await db.ExportJobs.Where(e => e.Archived).ToListAsync();
        var job = Assert.Single(filed);
        Assert.Equal((ExportStatus.Done, fixture.Month.Label, null), (job.Status, job.PeriodLabel, job.AgencyScope));
        Assert.Equal($"月度统计_{fixture.Month.Label}.xlsx", job.FileName);
        Assert.Contains((await fixture.App.AuditAsync()), e => e.Action == AuditActions.ExportArchived && e.Target == $"export:{first}");

        Assert.Equal([first!.Value], (await (await CentreAsAsync("analyst")).ArchiveAsync()).Select(r => r.Id));
        Assert.Empty(await (await CentreAsAsync("liaison")).ArchiveAsync());
        Assert.Equal(HttpStatusCode.OK, (await (await fixture.App.SignInAsync("analyst")).GetAsync($"/exports/{first}/file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await fixture.App.SignInAsync("liaison")).GetAsync($"/exports/{first}/file")).StatusCode);
        var page = await (await fixture.App.SignInAsync("analyst")).GetStringAsync("/exports/archive");
        Assert.Contains(job.FileName, page);
    }

    private sealed class Fixed(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }
}

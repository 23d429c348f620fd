using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using Supervision.Domain.Parties;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Activity;
using Supervision.Web.Features.FeedHealth;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Features.Map;
using Supervision.Web.Features.Overview;
using Supervision.Web.Features.Wall;
using Supervision.Web.Shared;

namespace Supervision.Tests.Features.Overview;

/// <summary>
/// The overview's and the wall's components rendered by bUnit against the real demo database and the real activity
/// feed (MudBlazor's harness: its services, JS interop loose since charts and the map are drawn by the browser).
/// </summary>
public class OverviewComponentTests(OverviewApp fixture) : IClassFixture<OverviewApp>
{
    private ComponentContext Context()
    {
        var ctx = new ComponentContext(fixture.App.Services)
            .Share<IDbContextFactory<SupervisionDbContext>>().Share<ReferenceData>()
            .Share<Supervision.Web.Features.Calendar.CurrentCalendar>().Share<ActivityFeed>().Share<Supervision.Web.Features.Warnings.WarningFeed>()
            .Share<IOptions<MapOptions>>().WithScreens();
        ctx.Services.AddSingleton(Options.Create(new WallOptions()));
        ctx.Services.AddScoped<OverviewQuery>();
        ctx.Services.AddScoped<StreetFigures>();
        ctx.Services.AddScoped<FeedHealthQuery>();
        return ctx.SignIn("operator", Roles.Operator);
    }

    [Fact]
    public async Task The_tiles_show_the_figures_and_period_they_are_given_and_flag_what_is_overdue()
    {
        await using var ctx = Context();
        var now = fixture.Clock.UtcNow();
        var data = new OverviewData(now, OverviewFilter.Today(now) with { PeriodName = "最近7天" }, 1234, 56, 7, 890_000, 42, 3, 9, 0, [], [], [], [], []);
        var cut = ctx.Render<OverviewTiles>(p => p.Add(t => t.Data, data));
        Assert.Equal("1,234", cut.Find("[data-testid=tile-inspections]").TextContent.Trim());
        Assert.Equal("890,000", cut.Find("[data-testid=tile-fines]").TextContent.Trim());
        Assert.Contains("检查（最近7天）", cut.Markup);
        // Overdue rectifications (3) are flagged; overdue complaints (0) are not.
        Assert.Contains("mud-warning-text", cut.Find("[data-testid=tile-overdue-rectifications]").ClassName);
        Assert.DoesNotContain("mud-warning-text", cut.Find("[data-testid=tile-overdue-complaints]").ClassName);
    }

    [Fact]
    public async Task The_four_lists_ring_shows_decisions_under_no_list_as_their_own_slice_and_says_when_there_are_none()
    {
        await using var ctx = Context();
        var now = fixture.Clock.UtcNow();
        OverviewData With(params NamedCount[] lists) =>
            new(now, OverviewFilter.Today(now) with { PeriodName = "今天" }, 0, 0, lists.Sum(l => l.Cases), 0, 0, 0, 0, 0, [], [], lists, [], []);

        var none = ctx.Render<OverviewCharts>(p => p.Add(c => c.Data, With(new("NoPenalty", "不予处罚", 0, 0), new("None", "未适用清单", 0, 0))));
        Assert.Contains("今天没有处罚决定", none.Find("[data-testid=chart-fourlist-empty]").TextContent);
        Assert.Empty(none.FindAll("[data-testid=chart-fourlist]"));

        var some = ctx.Render<OverviewCharts>(p => p.Add(c => c.Data, With(new("NoPenalty", "不予处罚", 0, 6), new("None", "未适用清单", 0, 14))));
        Assert.NotEmpty(some.FindAll("[data-testid=chart-fourlist]"));
        var ring = some.FindComponents<Supervision.Web.Components.Shared.EChart>().Single(c => c.Instance.TestId == "chart-fourlist").Instance.Option;
        var option = System.Text.Json.JsonSerializer.Serialize(ring, new System.Text.Json.JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        Assert.Contains("{\"name\":\"未适用清单\",\"value\":14", option);
        Assert.Contains("{\"name\":\"不予处罚\",\"value\":6}", option);
    }

    [Fact]
    public async Task Choosing_a_district_changes_the_filter_and_so_what_the_overview_counts()
    {
        await using var ctx = Context();
        var reference = fixture.App.Services.GetRequiredService<ReferenceData>();
        var district = reference.Regions.First(r => r.Kind == Supervision.Domain.Geography.RegionKind.District);
        OverviewFilter? raised = null;
        var cut = ctx.Render<OverviewFilters>(p => p.Add(f => f.FilterChanged, EventCallback.Factory.Create<OverviewFilter>(this, f => raised = f)));

        var select = cut.FindComponents<MudSelect<int?>>().Single();
        await cut.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(district.Id));

        Assert.NotNull(raised);
        Assert.Equal(district.Id, raised.DistrictId);
        var query = fixture.QueryAs(SignedInAs.Operator());
        var city = await query.ReadAsync(raised with { DistrictId = null, FromUtc = raised.FromUtc.AddDays(-30) });
        var part = await query.ReadAsync(raised with { FromUtc = raised.FromUtc.AddDays(-30) });
        Assert.True(part.Inspections < city.Inspections, "a district's figures are part of the city's");
    }

    [Fact]
    public async Task A_record_arriving_goes_on_top_of_the_table_and_into_the_tiles()
    {
        await using var ctx = Context();
        var cut = ctx.Render<OverviewPage>();
        cut.WaitForAssertion(() => cut.Find("[data-testid=tile-inspections]"), TimeSpan.FromSeconds(10));
        var before = int.Parse(cut.Find("[data-testid=tile-inspections]").TextContent.Trim().Replace(",", ""));

        var written = await WriteInspectionAsync("济南组件测试有限公司");

        cut.WaitForAssertion(() => Assert.Contains("济南组件测试有限公司", cut.Find("[data-testid=latest-events] tbody tr").TextContent), TimeSpan.FromSeconds(5));
        cut.WaitForAssertion(() => Assert.Equal((before + 1).ToString("N0"), cut.Find("[data-testid=tile-inspections]").TextContent.Trim()), TimeSpan.FromSeconds(5));
        Assert.Equal(OutcomeStatus.Created, written.Status);
    }

    [Fact]
    public async Task The_wall_never_shows_a_persons_name_or_id_number()
    {
        await using var ctx = Context();
        var feed = fixture.App.Services.GetRequiredService<ActivityFeed>();
        var live = new List<ActivityEvent>();
        void Collect(ActivityEvent e) { lock (live) live.Add(e); }
        string idNumber;
        using (feed.Subscribe(Collect))
        {
            idNumber = await WriteCaseOfAPersonAsync("欧阳明华");
            await Wait.UntilAsync(() => { lock (live) return live.Any(e => e.Kind == "case"); }, TimeSpan.FromSeconds(10), "the case reaches the feed");
        }

        // What the wall shows: events as they arrive, and the latest records read from the database at start.
        var latest = (await fixture.QueryAs(SignedInAs.Operator()).ReadAsync(OverviewFilter.Today(fixture.Clock.UtcNow()))).Latest;
        var cut = ctx.Render<WallEvents>(p => p.Add(w => w.Events, live.Concat(latest).ToList()));

        Assert.Contains("欧***", cut.Markup);
        Assert.DoesNotContain("欧阳明华", cut.Markup);
        Assert.DoesNotContain(idNumber, cut.Markup);
        Assert.DoesNotContain(idNumber[6..14], cut.Markup); // not even the birth date
    }

    private async Task<RecordOutcome> WriteInspectionAsync(string company)
    {
        var (owner, officers) = await AgencyAsync();
        var body = $"6{Random.Shared.Next(0, 9_999_999):D7}";
        var org = "91370102" + body + CreditCode.OrganizationCheck(body);
        return await fixture.App.Services.GetRequiredService<RecordWriter>().WriteAsync(owner, new InspectionIn
        {
            Id = $"COMP-{Guid.NewGuid():N}", Party = new("Enterprise", company, org + CreditCode.CheckCharacter(org), null), Kind = "Routine",
            PreFiledAt = fixture.Clock.GetUtcNow().AddHours(-2), StartedAt = fixture.Clock.GetUtcNow().AddMinutes(-1),
            Location = new(117.0208, 36.6683), Officers = officers,
        });
    }

    private async Task<string> WriteCaseOfAPersonAsync(string name)
    {
        var (owner, officers) = await AgencyAsync();
        var idNumber = Supervision.Tests.Hosting.TestPeople.NewIdNumber();
                var id = Guid.NewGuid().ToString("N")[..10];
        var outcome = await fixture.App.Services.GetRequiredService<RecordWriter>().WriteAsync(owner, new CaseIn
        {
            Id = $"COMP-{id}", Number = $"济历下市监罚〔2026〕C{id}号", Party = new("Person", name, null, idNumber), MatterCode = "SCJG-0001",
            Location = new(117.03, 36.66), Officers = officers, Stages = [new("Filed", fixture.Clock.GetUtcNow().AddMinutes(-5))],
        });
        Assert.Equal(OutcomeStatus.Created, outcome.Status);
        return idNumber;
    }

    private async Task<(KeyOwner Owner, List<string?> Officers)> AgencyAsync()
    {
        var agency = fixture.App.Services.GetRequiredService<ReferenceData>().Agencies.First(a => a.Code == "370102-SCJG");
        await using var db = await fixture.Db();
        var today = fixture.Clock.Today();
        var officers = await db.Officers.Where(o => o.AgencyId == agency.Id && o.CertificateExpiresOn > today.AddDays(30)).OrderBy(o => o.Id)
            .Select(o => (string?)o.CertificateNumber).Take(2).ToListAsync();
        return (new KeyOwner(0, agency.Id, agency.Code), officers);
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Supervision.Domain.Calendar;
using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Features.Warnings;

namespace Supervision.Tests.Features.Ingestion;

/// <summary>The demo app on a frozen clock with an API key for 历下区市场监督管理局.</summary>
public sealed class RevisionApp : IAsyncLifetime
{
    private readonly TempDatabase _db = new();
    public FakeTimeProvider Clock { get; } = TestClock.AwayFromMidnight();
    public SupervisionApp App { get; private set; } = default!;
    public string Key { get; private set; } = "";
    public string[] Officers { get; private set; } = [];

    public async Task InitializeAsync()
    {
        App = new SupervisionApp(_db.Path) { Clock = Clock };
        App.CreateClient();
        var issued = (await App.Services.GetRequiredService<AgencyKeys>().CreateAsync(IngestionApp.AgencyCode, "业务系统"))!;
        Key = issued.Key;
        await using var db = await Db();
        var today = Clock.Today();
        Officers = await db.Officers.Where(o => o.AgencyId == issued.AgencyId && o.CertificateExpiresOn > today.AddDays(30))
            .OrderBy(o => o.Id).Select(o => o.CertificateNumber).Take(3).ToArrayAsync();
    }

    public Task<SupervisionDbContext> Db() => App.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        _db.Dispose();
    }
}

/// <summary>
/// Records are evidence: every accepted change to a record is kept as a revision (what, from what to what, when, through
/// which key), nothing an agency sends erases one, and a time that decides a warning cannot be moved back after the fact.
/// </summary>
public class RecordRevisionTests(RevisionApp fixture) : IClassFixture<RevisionApp>
{
    private static int _serial;

    private JsonObject Inspection(DateTime startedUtc, DateTime? preFiledUtc)
    {
        var n = Interlocked.Increment(ref _serial);
        var body = $"6{n:D7}";
        var withOrg = "91370102" + body + CreditCode.OrganizationCheck(body);
        var record = new JsonObject
        {
            ["id"] = $"REV-{Guid.NewGuid():N}",
            ["party"] = new JsonObject { ["name"] = $"济南修订测试有限公司{n}", ["creditCode"] = withOrg + CreditCode.CheckCharacter(withOrg) },
            ["kind"] = "Routine",
            ["startedAt"] = Offset(startedUtc),
            ["endedAt"] = Offset(startedUtc.AddHours(1)),
            ["location"] = new JsonObject { ["lon"] = 117.0208, ["lat"] = 36.6683 },
            ["officers"] = new JsonArray(fixture.Officers.Take(2).Select(o => (JsonNode)o!).ToArray()),
            ["result"] = "NothingFound",
        };
        if (preFiledUtc is { } p) record["preFiledAt"] = Offset(p);
        return record;
    }

    private static string Offset(DateTime utc) => new DateTimeOffset(utc, TimeSpan.Zero).ToOffset(ChinaTime.Offset).ToString("O");

    private async Task<(HttpStatusCode Status, int Id)> PostAsync(JsonObject record)
    {
        using var client = fixture.App.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, fixture.Key);
        var response = await client.PostAsync("/api/v1/inspections", new StringContent(record.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        await using var db = await fixture.Db();
        var id = await db.Inspections.Where(i => i.ExternalId == (string)record["id"]!).Select(i => i.Id).SingleOrDefaultAsync();
        return (response.StatusCode, id);
    }

    private async Task<Warning?> PreFilingWarningAsync(int inspectionId)
    {
        await fixture.App.Services.GetRequiredService<WarningEngine>().EvaluateAsync([new RecordTouch(RecordKind.Inspection, inspectionId)]);
        await using var db = await fixture.Db();
        return await db.Warnings.AsNoTracking().SingleOrDefaultAsync(w => w.SubjectKey == PreFilingRule.SubjectKey(inspectionId));
    }

    private async Task<List<RecordRevision>> RevisionsAsync(int inspectionId)
    {
        await using var db = await fixture.Db();
        return await db.RecordRevisions.AsNoTracking().Where(r => r.Kind == RecordKind.Inspection && r.RecordId == inspectionId).OrderBy(r => r.Id).ToListAsync();
    }

    [Fact]
    public async Task A_pre_filing_added_by_a_resend_counts_from_its_receipt_and_does_not_clear_the_warning()
    {
        var started = fixture.Clock.UtcNow().AddHours(-5);
        var record = Inspection(started, preFiledUtc: null);
        var (created, id) = await PostAsync(record);
        Assert.Equal(HttpStatusCode.Created, created);
        var notFiled = await PreFilingWarningAsync(id);
        Assert.Equal(WarningLevel.Yellow, notFiled!.Level);

        // The agency "pre-files" after the fact by resending the record with a filing time a day before the start.
        record["preFiledAt"] = Offset(started.AddDays(-1));
        var (updated, _) = await PostAsync(record);
        Assert.Equal(HttpStatusCode.OK, updated);

        var still = await PreFilingWarningAsync(id);
        Assert.NotNull(still);
        Assert.True(still.IsActive, "a back-dated pre-filing must not clear the warning");
        Assert.Equal(WarningLevel.Blue, still.Level);
        Assert.Contains("中心于", still.Detail);
        Assert.Contains("补报", still.Detail);

        var revision = Assert.Single(await RevisionsAsync(id));
        var change = Assert.Single(RevisionCapture.Read(revision.Changes));
        Assert.Equal("PreFiledAt", change.Field);
        Assert.Null(change.Old);
        Assert.Equal(RevisionCapture.Invariant(started.AddDays(-1)), change.New);
        Assert.StartsWith("接口密钥", revision.Source);
        Assert.Contains("业务系统", revision.Source);
        // PostgreSQL keeps microseconds, .NET tenths of them.
        Assert.Equal(fixture.Clock.UtcNow(), revision.ReceivedAt, TimeSpan.FromTicks(10));
    }

    [Fact]
    public async Task A_pre_filing_received_with_the_record_counts_as_filed_up_to_the_start_and_late_after_it()
    {
        var started = fixture.Clock.UtcNow().AddHours(-3);
        var (_, onTime) = await PostAsync(Inspection(started, preFiledUtc: started));
        Assert.Null(await PreFilingWarningAsync(onTime));

        // Filed a minute after the start: recorded (not refused) and judged late.
        var (status, late) = await PostAsync(Inspection(started, preFiledUtc: started.AddMinutes(1)));
        Assert.Equal(HttpStatusCode.Created, status);
        var warning = await PreFilingWarningAsync(late);
        Assert.Equal(WarningLevel.Blue, warning!.Level);
        Assert.Contains("晚1分钟", warning.Detail);
    }

    [Fact]
    public async Task Every_accepted_change_is_kept_and_a_resend_of_the_same_content_adds_nothing()
    {
        var started = fixture.Clock.UtcNow().AddHours(-6);
        var record = Inspection(started, preFiledUtc: started.AddHours(-2));
        var (_, id) = await PostAsync(record);

        record["evaluation"] = new JsonObject { ["score"] = 3, ["at"] = Offset(started.AddHours(2)) };
        await PostAsync(record);
        record["evaluation"] = new JsonObject { ["score"] = 5, ["at"] = Offset(started.AddHours(3)) };
        record["officers"] = new JsonArray(fixture.Officers.Skip(1).Select(o => (JsonNode)o!).ToArray());
        await PostAsync(record);
        var (again, _) = await PostAsync(record);

        Assert.Equal(HttpStatusCode.OK, again);
        var revisions = await RevisionsAsync(id);
        Assert.Equal(2, revisions.Count);
        var first = RevisionCapture.Read(revisions[0].Changes).ToDictionary(c => c.Field);
        var second = RevisionCapture.Read(revisions[1].Changes).ToDictionary(c => c.Field);
        Assert.Equal((null, "3"), (first["EvaluationScore"].Old, first["EvaluationScore"].New));
        Assert.Equal(("3", "5"), (second["EvaluationScore"].Old, second["EvaluationScore"].New));
        Assert.Equal(string.Join("、", fixture.Officers.Take(2).Order(StringComparer.Ordinal)), second["Officers"].Old);
        Assert.Equal(string.Join("、", fixture.Officers.Skip(1).Order(StringComparer.Ordinal)), second["Officers"].New);
    }

    [Fact]
    public async Task The_inspection_page_shows_the_history_in_the_readers_terms()
    {
        var started = fixture.Clock.UtcNow().AddHours(-4);
        var record = Inspection(started, preFiledUtc: null);
        var (_, id) = await PostAsync(record);
        record["preFiledAt"] = Offset(started.AddHours(-1));
        await PostAsync(record);

        using var supervisor = await fixture.App.SignInAsync("supervisor");
        var html = WebUtility.HtmlDecode(await supervisor.GetStringAsync($"/inspections/{id}"));

        Assert.Contains("data-testid=\"record-history\"", html);
        Assert.Contains("报备时间", html);
        Assert.Contains(ChinaTime.ToLocal(started.AddHours(-1)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), html);
        Assert.Contains("中心于", html);
        Assert.DoesNotContain("PreFiledAt", html);
    }
}

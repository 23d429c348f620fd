using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Supervision.Domain.Notices;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Notices;
using Supervision.Web.Shared;

namespace Supervision.Tests.Features.Notices;

[CollectionDefinition(Name)]
public sealed class NoticesCollection : ICollectionFixture<NoticesApp>
{
    public const string Name = "notices";
}

/// <summary>
/// The app on a real SQLite file with the demo city, shared by the notice tests (one class after another). The liaison
/// demo account belongs to <see cref="OwnAgency"/> (历下区市场监管局), whose parent is <see cref="ParentAgency"/>.
/// </summary>
public sealed class NoticesApp : IAsyncLifetime
{
    public const string TestRule = "notices-test";
    private readonly TempDatabase _db = new();
    public SupervisionApp App { get; private set; } = default!;

    /// <summary>
    /// The app's clock, which the tests read "today" from: a run across Shanghai midnight sees one day. It ticks a
    /// millisecond a reading so that notices written one after another still follow each other in time.
    /// </summary>
    public FakeTimeProvider Clock { get; } = TestClock.AwayFromMidnight();
    public int OwnAgency { get; private set; }
    public int ParentAgency { get; private set; }
    public int OtherAgency { get; private set; }
    /// <summary>A city-level agency: nobody above it but the city bureau.</summary>
    public int TopAgency { get; private set; }
    public int CityBureau { get; private set; }

    public Task InitializeAsync()
    {
        // The escalation job runs when the tests call it, never on the clock halfway through one.
        App = new SupervisionApp(_db.Path, settings: new Dictionary<string, string> { ["Notices:EscalationCron"] = "0 0 1 1 *" })
        {
            Clock = Clock,
        };
        Clock.AutoAdvanceAmount = TimeSpan.FromMilliseconds(1);
        App.CreateClient();
        var agencies = App.Services.GetRequiredService<ReferenceData>().Agencies;
        OwnAgency = agencies.Single(a => a.Code == "370102-SCJG").Id;
        ParentAgency = agencies.Single(a => a.Code == "370100-SCJG").Id;
        OtherAgency = agencies.Single(a => a.Code == "370102-CGZF").Id;
        TopAgency = agencies.Single(a => a.Code == "370100-CGZF").Id;
        CityBureau = agencies.Single(a => a.Code == "370100-SFJ").Id;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        _db.Dispose();
    }

    public Task<SupervisionDbContext> Db() => App.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();

    public static ClaimsPrincipal Supervisor() => SignedInAs.Principal(Roles.Supervisor, null);

    public ClaimsPrincipal Liaison(int? agencyId = null) => SignedInAs.Liaison(agencyId ?? OwnAgency);

    public DateOnly Today => Clock.Today();

    /// <summary>The service as the app makes it (its own scope).</summary>
    public async Task<T> Service<T>(Func<NoticeService, Task<T>> act)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<NoticeService>());
    }

    /// <summary>The 层级督办 job's work, run now.</summary>
    public async Task<IReadOnlyList<int>> EscalateAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NoticeEscalation>().EscalateDueAsync();
    }

    public NoticeQueries QueriesAs(ClaimsPrincipal user) => new(SignedInAs.UserDb(App.Services, user), Clock);

    public async Task<int> RaiseAsync(int agencyId, string title = "测试预警")
    {
        var key = $"{TestRule}:{Guid.NewGuid():N}";
        var finding = new WarningFinding(TestRule, key, WarningLevel.Orange, 9, title, "详情：整改逾期", agencyId, null,
            [new RecordRef(RecordKind.Inspection, [1])], Clock.UtcNow());
        var (warning, change) = Warning.Raise(finding, Clock.UtcNow());
        await using var db = await Db();
        db.Warnings.Add(warning);
        db.WarningChanges.Add(change);
        await db.SaveChangesAsync();
        return warning.Id;
    }

    public NoticeDraft Draft(int? agencyId = null, DateOnly? deadline = null) => new(NoticeKind.SupervisionOpinion, agencyId ?? OwnAgency, "关于执法问题的监督意见",
        "1. 检查未事前报备。", "立即整改并书面回复。", deadline ?? Today.AddDays(10), [], []);

    public async Task<int> DraftAsync(int? agencyId = null)
    {
        var result = await Service(s => s.CreateDraftAsync(Draft(agencyId), Supervisor()));
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        return result.Value!.Value;
    }

    public async Task<int> IssuedAsync(int? agencyId = null)
    {
        var id = await DraftAsync(agencyId);
        var issued = await Service(s => s.IssueAsync(id, null, Supervisor()));
        Assert.True(issued.Succeeded, string.Join("; ", issued.Problems));
        return id;
    }

    public async Task<SupervisionNotice> ReadAsync(int id)
    {
        await using var db = await Db();
        return await db.Notices.AsNoTracking().Include(n => n.Replies).ThenInclude(r => r.Attachments).SingleAsync(n => n.Id == id);
    }

    /// <summary>Moves a notice's reply deadline, as if it had been issued long ago.</summary>
    public async Task SetDeadlineAsync(int id, DateOnly deadline)
    {
        await using var db = await Db();
        var n = await db.Notices.SingleAsync(x => x.Id == id);
        n.ReplyDeadline = deadline;
        n.Revision++;
        await db.SaveChangesAsync();
    }
}

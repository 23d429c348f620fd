using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Features.Warnings.Workbench;
using Supervision.Web.Shared;

namespace Supervision.Tests.Features.Warnings.Workbench;

/// <summary>Acknowledge, dismiss and snooze through the real service on the real database, as each kind of user.</summary>
[Collection(WorkbenchCollection.Name)]
public class WarningActionsTests(WorkbenchApp fixture)
{
    [Fact]
    public async Task A_bulk_acknowledge_changes_nothing_when_one_warning_is_no_longer_active_and_says_which()
    {
        var a = await fixture.RaiseAsync();
        var b = await fixture.RaiseAsync();
        var dismissed = await fixture.RaiseAsync();
        Assert.True((await fixture.ActAsync(s => s.DismissAsync([dismissed], "已核实无问题", WorkbenchApp.Supervisor()))).Succeeded);

        var result = await fixture.ActAsync(s => s.AcknowledgeAsync([a, b, dismissed], "值班签收", SignedInAs.Operator()));

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("status", dismissed), (problem.Field, problem.Item));
        Assert.Contains($"#{dismissed}", problem.Message);
        Assert.Equal(WarningStatus.Open, (await fixture.ReadAsync(a)).Status);
        Assert.Equal(WarningStatus.Open, (await fixture.ReadAsync(b)).Status);
        await using var db = await fixture.Db();
        Assert.False(await db.WarningChanges.AnyAsync(c => (c.WarningId == a || c.WarningId == b) && c.Kind == WarningChangeKind.Acknowledged));

        Assert.True((await fixture.ActAsync(s => s.AcknowledgeAsync([a, b], null, SignedInAs.Operator()))).Succeeded);
        Assert.Equal(WarningStatus.Acknowledged, (await fixture.ReadAsync(a)).Status);
        Assert.Equal("test-Operator", (await fixture.ReadAsync(b)).HandledBy);
    }

    [Fact]
    public async Task Dismissing_needs_a_reason_and_a_supervisor_an_operator_is_refused()
    {
        var id = await fixture.RaiseAsync();

        var byOperator = await fixture.ActAsync(s => s.DismissAsync([id], "不属实", SignedInAs.Operator()));
        Assert.Equal("permission", Assert.Single(byOperator.Problems).Field);

        var noReason = await fixture.ActAsync(s => s.DismissAsync([id], "  ", WorkbenchApp.Supervisor()));
        Assert.Equal("reason", Assert.Single(noReason.Problems).Field);
        Assert.Equal(WarningStatus.Open, (await fixture.ReadAsync(id)).Status);

        Assert.True((await fixture.ActAsync(s => s.DismissAsync([id], "经核实系数据录入错误", WorkbenchApp.Supervisor()))).Succeeded);
        var w = await fixture.ReadAsync(id);
        Assert.Equal((WarningStatus.Dismissed, "经核实系数据录入错误", WarningLevel.Orange), (w.Status, w.HandlingNote, w.DismissedLevel));
    }

    [Fact]
    public async Task A_snooze_that_ends_in_the_past_is_refused_one_in_the_future_hides_the_warning_until_then()
    {
        var id = await fixture.RaiseAsync();

        var past = await fixture.ActAsync(s => s.SnoozeAsync([id], DateTime.UtcNow.AddHours(-1), null, SignedInAs.Operator()));
        Assert.Equal("until", Assert.Single(past.Problems).Field);
        Assert.Equal(WarningStatus.Open, (await fixture.ReadAsync(id)).Status);

        var until = DateTime.UtcNow.AddDays(3);
        Assert.True((await fixture.ActAsync(s => s.SnoozeAsync([id], until, "等待单位回复", SignedInAs.Operator()))).Succeeded);
        var w = await fixture.ReadAsync(id);
        Assert.Equal(WarningStatus.Snoozed, w.Status);
        Assert.Equal(until, w.SnoozedUntil!.Value, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task A_liaison_sees_only_its_agencys_warnings_and_acts_on_none_of_another_agencys()
    {
        var own = await fixture.RaiseAsync(fixture.OwnAgency);
        var other = await fixture.RaiseAsync(fixture.OtherAgency);
        var liaison = SignedInAs.Liaison(fixture.OwnAgency);
        var queries = fixture.QueriesAs(liaison);

        var list = await queries.ListAsync(new WarningFilter(Text: WorkbenchApp.TestRule), new PageRequest(PageSize: 200));
        Assert.Contains(list.Items, r => r.Id == own);
        Assert.DoesNotContain(list.Items, r => r.Id == other);
        Assert.NotNull(await queries.GetAsync(own));
        Assert.Null(await queries.GetAsync(other));

        // A liaison holds no capability to act at all …
        Assert.Equal("permission", Assert.Single((await fixture.ActAsync(s => s.AcknowledgeAsync([own], null, liaison))).Problems).Field);
        // … and an account that could act but is confined to an agency finds the other agency's warning as if it did not exist.
        var confined = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [.. liaison.Claims, new(System.Security.Claims.ClaimTypes.Role, Roles.Operator)], "test"));
        var refused = await fixture.ActAsync(s => s.AcknowledgeAsync([own, other], null, confined));
        Assert.Equal(("ids", other), (Assert.Single(refused.Problems).Field, refused.Problems[0].Item));
        Assert.Equal(WarningStatus.Open, (await fixture.ReadAsync(other)).Status);
        Assert.Equal(WarningStatus.Open, (await fixture.ReadAsync(own)).Status);
    }

    [Fact]
    public async Task Every_action_is_audited_with_its_ids_and_published_on_the_feed()
    {
        var (ack, snooze, dismiss) = (await fixture.RaiseAsync(), await fixture.RaiseAsync(), await fixture.RaiseAsync());
        var feed = fixture.App.Services.GetRequiredService<WarningFeed>();
        var news = new List<WarningNews>();
        void Collect(IReadOnlyList<WarningNews> n) { lock (news) news.AddRange(n); }
        using (feed.Subscribe(Collect))
        {
            Assert.True((await fixture.ActAsync(s => s.AcknowledgeAsync([ack], "已安排核查", SignedInAs.Operator()))).Succeeded);
            Assert.True((await fixture.ActAsync(s => s.SnoozeAsync([snooze], DateTime.UtcNow.AddDays(1), null, SignedInAs.Operator()))).Succeeded);
            Assert.True((await fixture.ActAsync(s => s.DismissAsync([dismiss], "重复预警", WorkbenchApp.Supervisor()))).Succeeded);
            // Subscribers are handed the news on their own loop, a moment after the action.
            await Wait.UntilAsync(() => { lock (news) return news.Any(n => n.WarningId == dismiss); }, TimeSpan.FromSeconds(10), "the news reaches the feed");
        }

        Assert.Contains(news, n => n.WarningId == ack && n.Change == WarningChangeKind.Acknowledged && n.By == "test-Operator");
        Assert.Contains(news, n => n.WarningId == snooze && n.Change == WarningChangeKind.Snoozed && n.Status == WarningStatus.Snoozed);
        Assert.Contains(news, n => n.WarningId == dismiss && n.Change == WarningChangeKind.Dismissed && n.By == "test-Supervisor");
        var audit = await fixture.App.AuditAsync();
        Assert.Contains(audit, e => e.Action == "warnings.acknowledged" && e.Detail!.Contains($"ids={ack}") && e.Detail.Contains("已安排核查"));
        Assert.Contains(audit, e => e.Action == "warnings.snoozed" && e.Detail!.Contains($"ids={snooze}") && e.Detail.Contains("until="));
        Assert.Contains(audit, e => e.Action == "warnings.dismissed" && e.Detail!.Contains($"ids={dismiss}") && e.UserName == "test-Supervisor");
        // The history rows were saved before publishing, so what was published is what the history holds.
        await using var db = await fixture.Db();
        Assert.True(await db.WarningChanges.AnyAsync(c => c.WarningId == ack && c.Kind == WarningChangeKind.Acknowledged && c.Note == "已安排核查"));
    }

    [Fact]
    public async Task A_change_made_since_the_reader_looked_is_reported_and_not_overwritten()
    {
        var id = await fixture.RaiseAsync();
        var seen = await fixture.QueriesAs(SignedInAs.Operator()).GetAsync(id);
        // Someone else acknowledges it while the supervisor still has the old screen open.
        Assert.True((await fixture.ActAsync(s => s.AcknowledgeAsync([id], "我来处理", SignedInAs.Operator()))).Succeeded);

        var stale = await fixture.ActAsync(s => s.DismissAsync([seen!.Row.Ref], "不属实", WorkbenchApp.Supervisor()));

        var problem = Assert.Single(stale.Problems);
        Assert.Equal(("revision", id), (problem.Field, problem.Item));
        var w = await fixture.ReadAsync(id);
        Assert.Equal((WarningStatus.Acknowledged, "test-Operator", "我来处理"), (w.Status, w.HandledBy, w.HandlingNote));

        // Having looked again, the supervisor may act on what is there now.
        var fresh = await fixture.QueriesAs(SignedInAs.Operator()).GetAsync(id);
        Assert.True((await fixture.ActAsync(s => s.DismissAsync([fresh!.Row.Ref], "不属实", WorkbenchApp.Supervisor()))).Succeeded);
    }

    [Fact]
    public async Task The_list_puts_the_worst_first_by_level_then_severity_and_counts_active_ones_by_level()
    {
        var mildRed = await fixture.RaiseAsync(level: WarningLevel.Red, severity: 3);
        var worstRed = await fixture.RaiseAsync(level: WarningLevel.Red, severity: 30);
        var highOrange = await fixture.RaiseAsync(level: WarningLevel.Orange, severity: 300);
        Assert.True((await fixture.ActAsync(s => s.AcknowledgeAsync([worstRed], null, SignedInAs.Operator()))).Succeeded);
        var queries = fixture.QueriesAs(SignedInAs.Operator());
        var before = await queries.CountsAsync();

        var page = await queries.ListAsync(new WarningFilter(Text: WorkbenchApp.TestRule), new PageRequest(PageSize: 200));
        var order = page.Items.Select(r => (r.Level, r.Severity)).ToList();
        Assert.Equal(order.OrderByDescending(o => o.Level).ThenByDescending(o => o.Severity), order);
        var ids = page.Items.Select(r => r.Id).ToList();
        // Acknowledged or not, the worst stays on top: an acknowledged red one is still red.
        Assert.True(ids.IndexOf(worstRed) < ids.IndexOf(mildRed) && ids.IndexOf(mildRed) < ids.IndexOf(highOrange));
        Assert.All(page.Items, r => Assert.Contains(r.Status, WarningFilter.Active));

        await fixture.RaiseAsync(level: WarningLevel.Red);
        Assert.Equal(before.Red + 1, (await queries.CountsAsync()).Red);
    }
}

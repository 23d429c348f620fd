using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Notices;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Notices;
using Supervision.Web.Features.Warnings;

namespace Supervision.Tests.Features.Notices;

/// <summary>The notice workflow through the real service on the real database, as each kind of user.</summary>
[Collection(NoticesCollection.Name)]
public class NoticeServiceTests(NoticesApp fixture)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%整改报告\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    [Fact]
    public async Task A_draft_from_warnings_takes_their_facts_and_agency_and_one_notice_never_spans_two_agencies()
    {
        var a = await fixture.RaiseAsync(fixture.OwnAgency, "责令整改逾期未复查");
        var b = await fixture.RaiseAsync(fixture.OwnAgency, "涉企检查未事前报备");
        var foreign = await fixture.RaiseAsync(fixture.OtherAgency);

        var draft = await fixture.Service(s => s.PrefillAsync([a, b], [], NoticesApp.Supervisor()));
        Assert.Equal(fixture.OwnAgency, draft.AgencyId);
        Assert.Contains("1．责令整改逾期未复查：详情：整改逾期", draft.Facts);
        Assert.Contains("2．涉企检查未事前报备", draft.Facts);
        Assert.Equal([a, b], draft.WarningIds);
        Assert.True(draft.ReplyDeadline > fixture.Today);

        var mixed = await fixture.Service(s => s.PrefillAsync([a, foreign], [], NoticesApp.Supervisor()));
        Assert.Null(mixed.AgencyId);
        var refused = await fixture.Service(s => s.CreateDraftAsync(mixed with { AgencyId = fixture.OwnAgency }, NoticesApp.Supervisor()));
        Assert.Equal("agency", Assert.Single(refused.Problems).Field);

        var created = await fixture.Service(s => s.CreateDraftAsync(draft, NoticesApp.Supervisor()));
        Assert.True(created.Succeeded);
        var detail = await fixture.QueriesAs(NoticesApp.Supervisor()).GetAsync(created.Value!.Value);
        Assert.Equal([$"/warnings/{a}", $"/warnings/{b}"], detail!.Subjects.Select(s => s.Href));
        Assert.Equal(NoticeStatus.Draft, detail.Status);
        Assert.Null(detail.Number);
    }

    [Fact]
    public async Task A_draft_needs_its_fields_and_a_future_deadline_and_only_a_supervisor_drafts()
    {
        var empty = fixture.Draft() with { Title = " ", Facts = "", RequiredActions = "", ReplyDeadline = fixture.Today, AgencyId = null };
        var result = await fixture.Service(s => s.CreateDraftAsync(empty, NoticesApp.Supervisor()));
        Assert.Equal(["agency", "title", "facts", "requiredActions", "replyDeadline"], result.Problems.Select(p => p.Field));

        var byLiaison = await fixture.Service(s => s.CreateDraftAsync(fixture.Draft(), fixture.Liaison()));
        Assert.Equal("permission", Assert.Single(byLiaison.Problems).Field);
        var byOperator = await fixture.Service(s => s.CreateDraftAsync(fixture.Draft(), SignedInAs.Operator()));
        Assert.Equal("permission", Assert.Single(byOperator.Problems).Field);
    }

    [Fact]
    public async Task Issuing_numbers_with_the_prefix_and_the_Shanghai_year_one_after_the_last_and_a_stale_screen_is_refused()
    {
        var first = await fixture.IssuedAsync();
        var second = await fixture.DraftAsync();
        var before = await fixture.ReadAsync(second);

        Assert.Equal("revision", Assert.Single((await fixture.Service(s => s.IssueAsync(second, before.Revision + 1, NoticesApp.Supervisor()))).Problems).Field);
        Assert.Equal("permission", Assert.Single((await fixture.Service(s => s.IssueAsync(second, null, fixture.Liaison()))).Problems).Field);
        Assert.True((await fixture.Service(s => s.IssueAsync(second, before.Revision, NoticesApp.Supervisor()))).Succeeded);

        var (a, b) = (await fixture.ReadAsync(first), await fixture.ReadAsync(second));
        Assert.Equal(fixture.Today.Year, b.Year);
        Assert.Equal(a.Sequence + 1, b.Sequence);
        Assert.Equal($"济执监〔{b.Year}〕{b.Sequence}号", b.Number);
        // Issued once: a second issue is a refused transition, and the number stays.
        var again = await fixture.Service(s => s.IssueAsync(second, null, NoticesApp.Supervisor()));
        Assert.Equal("status", Assert.Single(again.Problems).Field);
        Assert.Equal(b.Number, (await fixture.ReadAsync(second)).Number);
    }

    [Fact]
    public async Task Twenty_notices_issued_in_parallel_get_twenty_distinct_consecutive_numbers()
    {
        var ids = new List<int>();
        for (var i = 0; i < 20; i++) ids.Add(await fixture.DraftAsync());

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var results = await Task.WhenAll(ids.Select(id => Task.Run(() => fixture.Service(s => s.IssueAsync(id, null, NoticesApp.Supervisor())))));
        watch.Stop();

        Assert.All(results, r => Assert.True(r.Succeeded, string.Join("; ", r.Problems)));
        await using var db = await fixture.Db();
        var numbered = await db.Notices.AsNoTracking().Where(n => ids.Contains(n.Id)).Select(n => new { n.Sequence, n.Number }).ToListAsync();
        var sequences = numbered.Select(n => n.Sequence!.Value).Order().ToList();
        Assert.Equal(20, sequences.Distinct().Count());
        Assert.Equal(Enumerable.Range(sequences[0], 20), sequences);
        Assert.Equal(20, numbered.Select(n => n.Number).Distinct().Count());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"20 parallel issues took {watch.Elapsed}");
    }

    [Fact]
    public async Task Only_the_addressed_agencys_liaison_replies_and_a_reply_needs_text()
    {
        var id = await fixture.IssuedAsync();

        var other = await fixture.Service(s => s.ReplyAsync(id, null, "已整改", [], fixture.Liaison(fixture.OtherAgency)));
        Assert.Equal("id", Assert.Single(other.Problems).Field); // not even visible to another agency
        var supervisor = await fixture.Service(s => s.ReplyAsync(id, null, "已整改", [], NoticesApp.Supervisor()));
        Assert.Equal("permission", Assert.Single(supervisor.Problems).Field);
        var noText = await fixture.Service(s => s.ReplyAsync(id, null, " ", [], fixture.Liaison()));
        Assert.Equal("text", Assert.Single(noText.Problems).Field);
        Assert.Equal(NoticeStatus.Issued, (await fixture.ReadAsync(id)).Status);

        Assert.True((await fixture.Service(s => s.ReplyAsync(id, null, "已完成复查，见附件。", [], fixture.Liaison()))).Succeeded);
        var n = await fixture.ReadAsync(id);
        Assert.Equal(NoticeStatus.Replied, n.Status);
        Assert.Equal(("test-AgencyLiaison", "已完成复查，见附件。"), (n.Replies.Single().By, n.Replies.Single().Text));
    }

    [Fact]
    public async Task A_liaison_never_sees_drafts_and_cannot_skip_to_a_reply()
    {
        var draft = await fixture.DraftAsync();
        var inbox = await fixture.QueriesAs(fixture.Liaison()).ListAsync(new NoticeFilter());
        Assert.DoesNotContain(inbox, r => r.Id == draft);
        Assert.Null(await fixture.QueriesAs(fixture.Liaison()).GetAsync(draft));
        var reply = await fixture.Service(s => s.ReplyAsync(draft, null, "已整改", [], fixture.Liaison()));
        Assert.Equal("id", Assert.Single(reply.Problems).Field);
        // A supervisor cannot close or send back what has no reply.
        Assert.Equal("status", Assert.Single((await fixture.Service(s => s.AcceptAsync(draft, null, null, NoticesApp.Supervisor()))).Problems).Field);
        var issued = await fixture.IssuedAsync();
        Assert.Equal("status", Assert.Single((await fixture.Service(s => s.AcceptAsync(issued, null, null, NoticesApp.Supervisor()))).Problems).Field);
        Assert.Equal("status", Assert.Single((await fixture.Service(s => s.SendBackAsync(issued, null, "不全", null, NoticesApp.Supervisor()))).Problems).Field);
        Assert.Contains(await fixture.QueriesAs(fixture.Liaison()).ListAsync(new NoticeFilter()), r => r.Id == issued);
    }

    [Fact]
    public async Task Sent_back_with_a_reason_the_agency_replies_again_then_the_supervisor_closes_it_and_every_step_is_audited()
    {
        var id = await fixture.IssuedAsync();
        Assert.True((await fixture.Service(s => s.ReplyAsync(id, null, "已整改", [], fixture.Liaison()))).Succeeded);
        Assert.Equal("note", Assert.Single((await fixture.Service(s => s.SendBackAsync(id, null, "", null, NoticesApp.Supervisor()))).Problems).Field);
        Assert.Equal("permission", Assert.Single((await fixture.Service(s => s.SendBackAsync(id, null, "不全", null, fixture.Liaison()))).Problems).Field);
        Assert.True((await fixture.Service(s => s.SendBackAsync(id, null, "缺少复查记录", fixture.Today.AddDays(5), NoticesApp.Supervisor()))).Succeeded);
        var sent = await fixture.ReadAsync(id);
        Assert.Equal((NoticeStatus.SentBack, fixture.Today.AddDays(5)), (sent.Status, sent.ReplyDeadline));

        Assert.True((await fixture.Service(s => s.ReplyAsync(id, null, "补充复查记录", [], fixture.Liaison()))).Succeeded);
        Assert.True((await fixture.Service(s => s.AcceptAsync(id, null, "材料齐全", NoticesApp.Supervisor()))).Succeeded);
        var closed = await fixture.ReadAsync(id);
        Assert.Equal(NoticeStatus.Closed, closed.Status);
        Assert.Equal([false, true], closed.Replies.OrderBy(r => r.Id).Select(r => r.Accepted!.Value));
        Assert.Equal("status", Assert.Single((await fixture.Service(s => s.ReplyAsync(id, null, "再次回复", [], fixture.Liaison()))).Problems).Field);

        var audit = (await fixture.App.AuditAsync()).Where(e => e.Target == $"notice:{id}").Select(e => e.Action).ToList();
        Assert.Equal([AuditActions.NoticeCreated, AuditActions.NoticeIssued, AuditActions.NoticeReplied, AuditActions.NoticeSentBack,
            AuditActions.NoticeReplied, AuditActions.NoticeClosed], audit);
    }

    [Fact]
    public async Task Attachments_are_limited_in_number_size_and_type_checked_by_content()
    {
        var id = await fixture.IssuedAsync();
        var six = Enumerable.Range(1, 6).Select(i => new UploadedFile($"{i}.pdf", Pdf)).ToList();
        Assert.Contains((await fixture.Service(s => s.ReplyAsync(id, null, "见附件", six, fixture.Liaison()))).Problems, p => p.Field == "files");
        var big = new byte[AttachmentPolicy.MaxBytes + 1];
        Pdf.CopyTo(big, 0);
        Assert.Equal("files", Assert.Single((await fixture.Service(s => s.ReplyAsync(id, null, "见附件", [new("大.pdf", big)], fixture.Liaison()))).Problems).Field);
        var renamed = await fixture.Service(s => s.ReplyAsync(id, null, "见附件", [new("报告.pdf", [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4])], fixture.Liaison()));
        Assert.Contains("不符", Assert.Single(renamed.Problems).Message);
        Assert.Equal(NoticeStatus.Issued, (await fixture.ReadAsync(id)).Status);

        var ok = await fixture.Service(s => s.ReplyAsync(id, null, "见附件", [new("整改报告.pdf", Pdf), new("../现场.png", Png)], fixture.Liaison()));
        Assert.True(ok.Succeeded, string.Join("; ", ok.Problems));
        var files = (await fixture.ReadAsync(id)).Replies.Single().Attachments.OrderBy(a => a.Id).ToList();
        Assert.Equal([("整改报告.pdf", "application/pdf"), ("现场.png", "image/png")], files.Select(f => (f.FileName, f.ContentType)));
        Assert.Equal(Pdf, files[0].Content);
    }

    [Fact]
    public async Task An_overdue_reply_becomes_a_warning_that_the_reply_clears()
    {
        var id = await fixture.IssuedAsync();
        await fixture.SetDeadlineAsync(id, fixture.Today.AddDays(-4));
        var engine = fixture.App.Services.GetRequiredService<WarningEngine>();
        await engine.SweepAsync(NoticeReplyOverdueRule.RuleCode);

        await using (var db = await fixture.Db())
        {
            var w = await db.Warnings.AsNoTracking().Include(x => x.Links).SingleAsync(x => x.SubjectKey == $"notice-reply-overdue:notice:{id}");
            Assert.Equal((WarningLevel.Yellow, 4d, fixture.OwnAgency, WarningStatus.Open), (w.Level, w.Severity, w.AgencyId, w.Status));
            Assert.Equal((RecordKind.Notice, id), (w.Links.Single().Kind, w.Links.Single().RecordId));
        }

        // The reply re-evaluates the notice at once: no waiting for the next sweep.
        Assert.True((await fixture.Service(s => s.ReplyAsync(id, null, "已整改", [], fixture.Liaison()))).Succeeded);
        await using (var db = await fixture.Db())
            Assert.Equal(WarningStatus.Resolved, (await db.Warnings.AsNoTracking().SingleAsync(x => x.SubjectKey == $"notice-reply-overdue:notice:{id}")).Status);
    }

    [Fact]
    public async Task Unanswered_long_after_the_deadline_a_notice_escalates_to_the_parent_agency_which_sees_it_but_does_not_reply()
    {
        var late = await fixture.IssuedAsync();
        var notYet = await fixture.IssuedAsync();
        var top = await fixture.IssuedAsync(fixture.TopAgency);
        var replied = await fixture.IssuedAsync();
        await fixture.SetDeadlineAsync(late, fixture.Today.AddDays(-5));
        await fixture.SetDeadlineAsync(notYet, fixture.Today.AddDays(-4));
        await fixture.SetDeadlineAsync(top, fixture.Today.AddDays(-9));
        await fixture.SetDeadlineAsync(replied, fixture.Today.AddDays(-9));
        Assert.True((await fixture.Service(s => s.ReplyAsync(replied, null, "已整改", [], fixture.Liaison()))).Succeeded);

        var escalated = await fixture.EscalateAsync();
        Assert.Contains(late, escalated);
        Assert.Contains(top, escalated);
        Assert.DoesNotContain(notYet, escalated);
        Assert.DoesNotContain(replied, escalated);
        Assert.Equal(fixture.ParentAgency, (await fixture.ReadAsync(late)).EscalatedToAgencyId);
        // A city-level agency has no parent: its notice goes to the city bureau (Notices:CityBureauCode).
        Assert.Equal(fixture.CityBureau, (await fixture.ReadAsync(top)).EscalatedToAgencyId);
        Assert.DoesNotContain(late, await fixture.EscalateAsync()); // once only

        var parent = fixture.Liaison(fixture.ParentAgency);
        Assert.NotNull(await fixture.QueriesAs(parent).GetAsync(late));
        Assert.Null(await fixture.QueriesAs(parent).GetAsync(notYet));
        Assert.Equal("permission", Assert.Single((await fixture.Service(s => s.ReplyAsync(late, null, "代为回复", [], parent))).Problems).Field);

        var wall = await WallQuery().EscalationsAsync(100);
        var row = Assert.Single(wall, r => r.Id == late);
        Assert.Equal(5, row.DaysOverdue);
        Assert.Equal("济南市市场监督管理局", row.EscalatedToName);
        Assert.Contains(await fixture.App.AuditAsync(), e => e.Action == AuditActions.NoticeEscalated && e.Target == $"notice:{late}" && e.UserName == "系统");

        // The addressed agency still answers; the wall drops it.
        Assert.True((await fixture.Service(s => s.ReplyAsync(late, null, "已整改", [], fixture.Liaison()))).Succeeded);
        Assert.DoesNotContain(await WallQuery().EscalationsAsync(100), r => r.Id == late);
    }

    [Fact]
    public async Task Every_change_is_published_on_the_feed()
    {
        var feed = fixture.App.Services.GetRequiredService<NoticeFeed>();
        var seen = new List<NoticeNews>();
        void On(NoticeNews n)
        {
            lock (seen) seen.Add(n);
        }
        using (feed.Subscribe(On))
        {
            var id = await fixture.IssuedAsync();
            await fixture.Service(s => s.ReplyAsync(id, null, "已整改", [], fixture.Liaison()));
            // Subscribers are handed the news on their own loop, a moment after the action.
            await Wait.UntilAsync(() => { lock (seen) return seen.Count(n => n.NoticeId == id) >= 3; }, TimeSpan.FromSeconds(10), "the news reaches the feed");
            lock (seen) Assert.Equal(["created", "issued", "replied"], seen.Where(n => n.NoticeId == id).Select(n => n.Change));
        }
    }

    /// <summary>The wall's escalation panel as the wall device sees it.</summary>
    private NoticeWallQuery WallQuery() =>
        new(SignedInAs.UserDb(fixture.App.Services, SignedInAs.Principal(Roles.WallScreen, null)), fixture.Clock);
}

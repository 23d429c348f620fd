using Supervision.Domain.Notices;

namespace Supervision.Tests.Domain.Notices;

/// <summary>Every allowed and every refused transition of a notice: draft → issued → replied → closed, or replied → sent back → replied.</summary>
public class NoticeStateMachineTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static SupervisionNotice Draft() => new()
    {
        Id = 5,
        Kind = NoticeKind.WarningNotice,
        Status = NoticeStatus.Draft,
        AgencyId = 3,
        Title = "关于逾期未复查的预警通知",
        Facts = "1. 责令整改逾期未复查。",
        RequiredActions = "立即复查并书面回复。",
        ReplyDeadline = Today.AddDays(15),
        CreatedBy = "supervisor",
        CreatedAt = Now,
    };

    private static SupervisionNotice In(NoticeStatus status)
    {
        var n = Draft();
        if (status == NoticeStatus.Draft) return n;
        n.Issue(2026, 12, NoticeNumber.Format("济执监", 2026, 12), "supervisor", Now, Today);
        if (status == NoticeStatus.Issued) return n;
        n.Reply("liaison", "已整改。", [], Now.AddDays(1));
        if (status == NoticeStatus.Replied) return n;
        if (status == NoticeStatus.SentBack)
        {
            n.SendBack("supervisor", "证明材料不全", null, Now.AddDays(2), Today.AddDays(2));
            return n;
        }
        n.Accept("supervisor", null, Now.AddDays(2));
        return n;
    }

    private static void Refused(SupervisionNotice n, Action<SupervisionNotice> act, string field)
    {
        var before = (n.Status, n.Revision, n.Replies.Count);
        var e = Assert.Throws<NoticeActionException>(() => act(n));
        Assert.Equal(field, e.Field);
        Assert.Equal(before, (n.Status, n.Revision, n.Replies.Count));
    }

    [Fact]
    public void The_number_is_prefix_year_in_brackets_sequence_and_hao() =>
        Assert.Equal("济执监〔2026〕12号", NoticeNumber.Format("济执监", 2026, 12));

    [Fact]
    public void Issuing_a_draft_numbers_it_and_starts_the_reply_clock()
    {
        var n = In(NoticeStatus.Issued);
        Assert.Equal((NoticeStatus.Issued, 2026, 12, "济执监〔2026〕12号", "supervisor"), (n.Status, n.Year, n.Sequence, n.Number, n.IssuedBy));
        Assert.Equal(Now, n.IssuedAt);
        Assert.True(n.AwaitsReply);
        Assert.Equal(1, n.Revision);
    }

    [Fact]
    public void A_draft_is_not_issued_with_a_deadline_of_today_or_earlier_nor_without_facts()
    {
        var n = Draft();
        n.ReplyDeadline = Today;
        Refused(n, x => x.Issue(2026, 1, "x", "s", Now, Today), "replyDeadline");
        n.ReplyDeadline = Today.AddDays(1);
        n.Facts = " ";
        Refused(n, x => x.Issue(2026, 1, "x", "s", Now, Today), "facts");
    }

    [Fact]
    public void The_happy_path_reply_then_accept_closes_the_notice_and_marks_the_reply_accepted()
    {
        var n = In(NoticeStatus.Replied);
        Assert.Equal(NoticeStatus.Replied, n.Status);
        n.Accept("supervisor", "材料齐全", Now.AddDays(3));
        Assert.Equal(NoticeStatus.Closed, n.Status);
        Assert.Equal(("supervisor", Now.AddDays(3)), (n.ClosedBy, n.ClosedAt));
        var reply = Assert.Single(n.Replies);
        Assert.Equal((true, "材料齐全"), (reply.Accepted, reply.ReviewNote));
        Assert.False(n.AwaitsReply);
    }

    [Fact]
    public void Sent_back_the_agency_replies_again_and_the_first_reply_keeps_its_verdict()
    {
        var n = In(NoticeStatus.SentBack);
        Assert.True(n.AwaitsReply);
        Assert.Equal((false, "证明材料不全"), (n.Replies[0].Accepted, n.Replies[0].ReviewNote));
        n.Reply("liaison", "补充了现场照片。", [], Now.AddDays(4));
        Assert.Equal(NoticeStatus.Replied, n.Status);
        Assert.Equal(2, n.Replies.Count);
        Assert.Null(n.Replies[1].Accepted);
        n.Accept("supervisor", null, Now.AddDays(5));
        Assert.True(n.Replies[1].Accepted);
        Assert.False(n.Replies[0].Accepted);
    }

    [Fact]
    public void A_send_back_needs_a_reason_and_a_new_deadline_if_given_must_be_after_today()
    {
        Refused(In(NoticeStatus.Replied), n => n.SendBack("s", "  ", null, Now, Today), "note");
        Refused(In(NoticeStatus.Replied), n => n.SendBack("s", "不全", Today, Now, Today), "replyDeadline");
        var moved = In(NoticeStatus.Replied);
        moved.SendBack("s", "不全", Today.AddDays(7), Now, Today);
        Assert.Equal(Today.AddDays(7), moved.ReplyDeadline);
        var kept = In(NoticeStatus.Replied);
        kept.SendBack("s", "不全", null, Now, Today);
        Assert.Equal(Today.AddDays(15), kept.ReplyDeadline);
    }

    [Fact]
    public void A_reply_needs_text() => Refused(In(NoticeStatus.Issued), n => n.Reply("l", "  ", [], Now), "text");

    public static TheoryData<NoticeStatus, string> Refusals() => new()
    {
        // Nothing skips a state: a draft is neither replied to, accepted, sent back nor escalated.
        { NoticeStatus.Draft, "reply" }, { NoticeStatus.Draft, "accept" }, { NoticeStatus.Draft, "sendback" }, { NoticeStatus.Draft, "escalate" },
        // An issued notice is not closed or sent back before there is a reply, nor issued twice or edited.
        { NoticeStatus.Issued, "issue" }, { NoticeStatus.Issued, "accept" }, { NoticeStatus.Issued, "sendback" }, { NoticeStatus.Issued, "edit" },
        // A reply awaits its verdict: no second reply, no escalation, no re-issue.
        { NoticeStatus.Replied, "reply" }, { NoticeStatus.Replied, "escalate" }, { NoticeStatus.Replied, "issue" }, { NoticeStatus.Replied, "edit" },
        // Sent back: the agency replies, nobody closes or sends back again before that.
        { NoticeStatus.SentBack, "accept" }, { NoticeStatus.SentBack, "sendback" }, { NoticeStatus.SentBack, "issue" },
        // Closed is final.
        { NoticeStatus.Closed, "reply" }, { NoticeStatus.Closed, "accept" }, { NoticeStatus.Closed, "sendback" }, { NoticeStatus.Closed, "escalate" },
        { NoticeStatus.Closed, "issue" }, { NoticeStatus.Closed, "edit" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Transitions_from_the_wrong_state_are_refused_naming_the_status(NoticeStatus from, string action)
    {
        Action<SupervisionNotice> act = action switch
        {
            "issue" => n => n.Issue(2026, 99, "x", "s", Now, Today),
            "reply" => n => n.Reply("l", "已整改", [], Now),
            "accept" => n => n.Accept("s", null, Now),
            "sendback" => n => n.SendBack("s", "不全", null, Now, Today),
            "escalate" => n => n.Escalate(1, Now),
            _ => n => n.Edit(NoticeKind.SupervisionOpinion, 3, "t", "f", "a", Today.AddDays(3)),
        };
        Refused(In(from), act, "status");
    }

    [Fact]
    public void Editing_changes_only_a_draft()
    {
        var n = Draft();
        n.Edit(NoticeKind.SupervisionDecision, 4, " 新标题 ", "事实", "要求", Today.AddDays(30));
        Assert.Equal((NoticeKind.SupervisionDecision, 4, "新标题", NoticeStatus.Draft, 1), (n.Kind, n.AgencyId, n.Title, n.Status, n.Revision));
        Refused(n, x => x.Edit(NoticeKind.SupervisionDecision, 4, "", "事实", "要求", Today.AddDays(30)), "title");
    }

    [Theory]
    [InlineData(NoticeStatus.Issued)]
    [InlineData(NoticeStatus.SentBack)]
    public void An_unanswered_notice_escalates_once(NoticeStatus from)
    {
        var n = In(from);
        n.Escalate(9, Now.AddDays(30));
        Assert.Equal((9, Now.AddDays(30)), (n.EscalatedToAgencyId, n.EscalatedAt));
        Assert.Equal(from, n.Status);
        Refused(n, x => x.Escalate(9, Now.AddDays(31)), "escalated");
        // Escalated, the addressed agency still replies (docs/notices.md).
        n.Reply("liaison", "已整改", [], Now.AddDays(32));
        Assert.Equal(NoticeStatus.Replied, n.Status);
    }

    [Fact]
    public void Days_overdue_count_from_the_day_after_the_deadline_and_only_while_a_reply_is_owed()
    {
        var n = In(NoticeStatus.Issued);
        Assert.Equal(0, n.DaysOverdue(n.ReplyDeadline));
        Assert.Equal(1, n.DaysOverdue(n.ReplyDeadline.AddDays(1)));
        n.Reply("l", "已整改", [], Now);
        Assert.Equal(0, n.DaysOverdue(n.ReplyDeadline.AddDays(10)));
    }
}

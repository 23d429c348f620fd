using Supervision.Domain.Warnings;

namespace Supervision.Tests.Domain.Warnings;

public class WarningLifecycleTests
{
    private static readonly DateTime T0 = new(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc);

    private static WarningFinding Finding(WarningLevel level, double severity, params int[] cases) => new(
        "repeat-violation", "repeat-violation:party:7:matter:3", level, severity, "同一当事人反复违法", $"立案{severity}次", 5, 9,
        [RecordRef.Of(RecordKind.Case, cases.Length == 0 ? [1, 2, 3] : cases)], T0);

    [Fact]
    public void A_new_finding_raises_an_open_warning_linked_to_its_records()
    {
        var (w, change) = Warning.Raise(Finding(WarningLevel.Blue, 3, 11, 12, 13), T0);

        Assert.Equal(WarningStatus.Open, w.Status);
        Assert.Equal(WarningChangeKind.Raised, change.Kind);
        Assert.Equal([11, 12, 13], w.Links.Select(l => l.RecordId).Order());
        Assert.All(w.Links, l => Assert.Equal(RecordKind.Case, l.Kind));
        Assert.Equal(T0, w.RaisedAt);
    }

    [Fact]
    public void The_same_finding_again_changes_nothing()
    {
        var (w, _) = Warning.Raise(Finding(WarningLevel.Blue, 3), T0);
        var revision = w.Revision;

        Assert.Null(w.Observe(Finding(WarningLevel.Blue, 3), T0.AddHours(1)));
        Assert.Equal(revision, w.Revision);
        Assert.Equal(T0, w.UpdatedAt);
    }

    [Fact]
    public void A_worse_level_escalates_and_reopens_an_acknowledged_warning()
    {
        var (w, _) = Warning.Raise(Finding(WarningLevel.Blue, 3), T0);
        w.Acknowledge("operator", "已转交", T0.AddHours(1));

        var change = w.Observe(Finding(WarningLevel.Yellow, 4, 1, 2, 3, 4), T0.AddDays(1));

        Assert.Equal(WarningChangeKind.Escalated, change!.Kind);
        Assert.Equal(WarningLevel.Yellow, w.Level);
        Assert.Equal(WarningStatus.Open, w.Status);
        Assert.Equal(4, w.Links.Count);
        Assert.Equal(T0.AddDays(1), w.EscalatedAt);
    }

    [Fact]
    public void A_cleared_condition_resolves_with_time_and_reason_and_a_recurrence_reopens()
    {
        var (w, _) = Warning.Raise(Finding(WarningLevel.Blue, 3), T0);

        var resolved = w.Clear(T0.AddDays(2), "规则复核未再发现该情形");
        Assert.Equal(WarningChangeKind.Resolved, resolved!.Kind);
        Assert.Equal(WarningStatus.Resolved, w.Status);
        Assert.Equal(T0.AddDays(2), w.ResolvedAt);
        Assert.Equal("规则复核未再发现该情形", w.ResolvedReason);
        Assert.Null(w.Clear(T0.AddDays(3), "again"));

        var reopened = w.Observe(Finding(WarningLevel.Blue, 3), T0.AddDays(4));
        Assert.Equal(WarningChangeKind.Reopened, reopened!.Kind);
        Assert.Equal(WarningStatus.Open, w.Status);
        Assert.Null(w.ResolvedAt);
    }

    [Fact]
    public void A_dismissed_warning_stays_dismissed_at_the_same_level_even_with_a_higher_count()
    {
        var (w, _) = Warning.Raise(Finding(WarningLevel.Yellow, 4), T0);
        w.Dismiss("supervisor", "已核实为同一违法行为的重复录入", T0.AddHours(1));

        Assert.Null(w.Observe(Finding(WarningLevel.Yellow, 4), T0.AddDays(1)));
        Assert.Null(w.Observe(Finding(WarningLevel.Yellow, 4.5), T0.AddDays(2)));
        Assert.Equal(WarningStatus.Dismissed, w.Status);
        // Cleared and back at the same pitch: still dismissed.
        Assert.Null(w.Clear(T0.AddDays(3), "cleared"));
        Assert.Equal(WarningStatus.Dismissed, w.Status);
        Assert.Null(w.Observe(Finding(WarningLevel.Yellow, 4), T0.AddDays(4)));
        Assert.Equal(WarningStatus.Dismissed, w.Status);
    }

    [Fact]
    public void A_dismissed_warning_comes_back_when_its_level_rises_above_the_dismissed_one()
    {
        var (w, _) = Warning.Raise(Finding(WarningLevel.Yellow, 4), T0);
        w.Dismiss("supervisor", "情况已掌握", T0.AddHours(1));

        var change = w.Observe(Finding(WarningLevel.Orange, 5), T0.AddDays(1));

        Assert.Equal(WarningChangeKind.Escalated, change!.Kind);
        Assert.Equal(WarningStatus.Open, w.Status);
        Assert.Equal(WarningLevel.Orange, w.Level);
    }

    [Fact]
    public void A_lower_level_is_shown_as_it_is_and_the_peak_is_kept()
    {
        var (w, _) = Warning.Raise(Finding(WarningLevel.Orange, 5), T0);

        var change = w.Observe(Finding(WarningLevel.Blue, 3), T0.AddDays(30));

        Assert.Equal(WarningChangeKind.Lowered, change!.Kind);
        Assert.Equal(WarningLevel.Blue, w.Level);
        Assert.Equal(WarningLevel.Orange, w.PeakLevel);
    }

    [Fact]
    public void Dismissing_needs_a_reason_and_only_active_warnings_can_be_handled()
    {
        var (w, _) = Warning.Raise(Finding(WarningLevel.Blue, 3), T0);

        var noReason = Assert.Throws<WarningActionException>(() => w.Dismiss("supervisor", "  ", T0));
        Assert.Equal("reason", noReason.Field);
        w.Clear(T0.AddDays(1), "cleared");
        Assert.Equal("status", Assert.Throws<WarningActionException>(() => w.Acknowledge("operator", null, T0.AddDays(2))).Field);
    }

    [Fact]
    public void A_snooze_must_end_in_the_future_and_wakes_when_it_ends()
    {
        var (w, _) = Warning.Raise(Finding(WarningLevel.Blue, 3), T0);
        Assert.Equal("until", Assert.Throws<WarningActionException>(() => w.Snooze("operator", T0, null, T0)).Field);

        w.Snooze("operator", T0.AddDays(3), "等待复查", T0);
        Assert.Null(w.Wake(T0.AddDays(3).AddTicks(-1)));
        Assert.Equal(WarningStatus.Snoozed, w.Status);
        Assert.Equal(WarningChangeKind.Woken, w.Wake(T0.AddDays(3))!.Kind);
        Assert.Equal(WarningStatus.Open, w.Status);
    }

    [Fact]
    public void Escalation_ends_a_snooze()
    {
        var (w, _) = Warning.Raise(Finding(WarningLevel.Blue, 3), T0);
        w.Snooze("operator", T0.AddDays(10), null, T0);

        w.Observe(Finding(WarningLevel.Red, 7), T0.AddDays(1));

        Assert.Equal(WarningStatus.Open, w.Status);
        Assert.Null(w.SnoozedUntil);
    }
}

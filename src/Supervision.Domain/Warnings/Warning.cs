namespace Supervision.Domain.Warnings;

/// <summary>
/// One warning: one rule about one subject (<see cref="SubjectKey"/>), kept as state across runs. The sweep and the
/// incremental evaluation only ever call <see cref="Observe"/> and <see cref="Clear"/>; people call
/// <see cref="Acknowledge"/>, <see cref="Dismiss"/> and <see cref="Snooze"/>. Each returns the change it made (or null),
/// which the caller stores as history and publishes.
/// </summary>
public sealed class Warning
{
    public int Id { get; set; }
    public required string RuleCode { get; set; }
    public required string SubjectKey { get; set; }
    public WarningLevel Level { get; set; }
    /// <summary>The worst level it ever reached.</summary>
    public WarningLevel PeakLevel { get; set; }
    public double Severity { get; set; }
    public required string Title { get; set; }
    public required string Detail { get; set; }
    public int? AgencyId { get; set; }
    public int? StreetId { get; set; }
    public WarningStatus Status { get; set; }
    public DateTime RaisedAt { get; set; }
    /// <summary>When the facts last changed what the warning says (level, severity, text or records).</summary>
    public DateTime UpdatedAt { get; set; }
    public DateTime? EscalatedAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public string? ResolvedReason { get; set; }
    /// <summary>Who last acknowledged, dismissed or snoozed it, when, and what they wrote.</summary>
    public string? HandledBy { get; set; }
    public DateTime? HandledAt { get; set; }
    public string? HandlingNote { get; set; }
    /// <summary>The level and severity it had when dismissed: only worse than that brings it back.</summary>
    public WarningLevel? DismissedLevel { get; set; }
    public double? DismissedSeverity { get; set; }
    public DateTime? SnoozedUntil { get; set; }
    /// <summary>
    /// Reopened by a supervisor after it cleared (e.g. an agency's correction made it go away): the rules no longer clear
    /// it by themselves; a person closes it (dismiss), as they opened it.
    /// </summary>
    public bool HeldOpen { get; set; }
    /// <summary>Bumped on every change: two people (or a person and the sweep) never overwrite each other silently.</summary>
    public int Revision { get; set; }
    public List<WarningRecordLink> Links { get; set; } = [];

    /// <summary>Still a live problem: counted on the screens, shown in the workbench by default.</summary>
    public bool IsActive => Status is WarningStatus.Open or WarningStatus.Acknowledged or WarningStatus.Snoozed;

    public static (Warning Warning, WarningChange Change) Raise(WarningFinding f, DateTime nowUtc)
    {
        var w = new Warning
        {
            RuleCode = f.RuleCode,
            SubjectKey = f.SubjectKey,
            Title = f.Title,
            Detail = f.Detail,
            Status = WarningStatus.Open,
            RaisedAt = nowUtc,
        };
        w.Take(f, nowUtc);
        w.PeakLevel = f.Level;
        return (w, w.Record(WarningChangeKind.Raised, nowUtc, null, null));
    }

    /// <summary>The rule found the subject again: update what it says, and decide whether people must look again.</summary>
    public WarningChange? Observe(WarningFinding f, DateTime nowUtc)
    {
        if (f.SubjectKey != SubjectKey) throw new ArgumentException($"Finding {f.SubjectKey} is not about warning {SubjectKey}.", nameof(f));
        var before = Level;
        var changed = Differs(f);
        var wasCleared = ResolvedAt is not null;
        if (changed) Take(f, nowUtc);
        if (f.Level > PeakLevel) PeakLevel = f.Level;

        switch (Status)
        {
            case WarningStatus.Resolved:
                Status = WarningStatus.Open;
                ResolvedAt = null;
                ResolvedReason = null;
                return Record(WarningChangeKind.Reopened, nowUtc, null, "条件再次出现");
            case WarningStatus.Dismissed when IsWorseThanDismissed(f):
                Status = WarningStatus.Open;
                ResolvedAt = null;
                ResolvedReason = null;
                EscalatedAt = nowUtc;
                return Record(WarningChangeKind.Escalated, nowUtc, null,
                    $"排除时为{DismissedLevel?.Chinese()}(程度{DismissedSeverity:0.##}),现为{f.Level.Chinese()}(程度{f.Severity:0.##}),重新提示");
            case WarningStatus.Dismissed:
                // Still dismissed; a condition that had cleared and came back at the same pitch is not news.
                ResolvedAt = null;
                ResolvedReason = null;
                if (wasCleared || changed) Revision++;
                return null;
        }

        if (f.Level > before)
        {
            EscalatedAt = nowUtc;
            // Worse than when someone took it in hand or put it off: it needs looking at again.
            var reopened = Status is WarningStatus.Acknowledged or WarningStatus.Snoozed;
            Status = WarningStatus.Open;
            SnoozedUntil = null;
            return Record(WarningChangeKind.Escalated, nowUtc, null,
                $"由{before.Chinese()}升为{f.Level.Chinese()}" + (reopened ? ",重新待处理" : ""));
        }
        if (f.Level < before) return Record(WarningChangeKind.Lowered, nowUtc, null, $"由{before.Chinese()}降为{f.Level.Chinese()}");
        return changed ? Record(WarningChangeKind.Updated, nowUtc, null, null) : null;
    }

    /// <summary>The rule no longer finds the subject: the condition cleared.</summary>
    public WarningChange? Clear(DateTime nowUtc, string reason)
    {
        if (ResolvedAt is not null || HeldOpen) return null;
        ResolvedAt = nowUtc;
        ResolvedReason = reason;
        if (Status == WarningStatus.Dismissed)
        {
            Revision++;
            return null;
        }
        Status = WarningStatus.Resolved;
        SnoozedUntil = null;
        return Record(WarningChangeKind.Resolved, nowUtc, null, reason);
    }

    public WarningChange Acknowledge(string by, string? comment, DateTime nowUtc)
    {
        RequireActive("签收");
        // Once is enough: a second acknowledgement would only add a duplicate line to the history.
        if (Status == WarningStatus.Acknowledged) throw new WarningActionException("status", "预警已签收，无需再次签收。");
        Status = WarningStatus.Acknowledged;
        SnoozedUntil = null;
        Handled(by, comment, nowUtc);
        return Record(WarningChangeKind.Acknowledged, nowUtc, by, comment);
    }

    public WarningChange Dismiss(string by, string reason, DateTime nowUtc)
    {
        RequireActive("排除");
        if (string.IsNullOrWhiteSpace(reason)) throw new WarningActionException("reason", "排除预警须说明理由。");
        Status = WarningStatus.Dismissed;
        HeldOpen = false;
        DismissedLevel = Level;
        DismissedSeverity = Severity;
        SnoozedUntil = null;
        Handled(by, reason, nowUtc);
        return Record(WarningChangeKind.Dismissed, nowUtc, by, reason);
    }

    public WarningChange Snooze(string by, DateTime untilUtc, string? comment, DateTime nowUtc)
    {
        RequireActive("暂缓");
        if (untilUtc <= nowUtc) throw new WarningActionException("until", "暂缓截止时间须晚于现在。");
        Status = WarningStatus.Snoozed;
        SnoozedUntil = untilUtc;
        Handled(by, comment, nowUtc);
        return Record(WarningChangeKind.Snoozed, nowUtc, by, comment);
    }

    /// <summary>
    /// A supervisor opens a cleared or dismissed warning again (e.g. the agency "corrected" its record and the supervisor
    /// does not accept the correction): open, and held open against the rules clearing it again.
    /// </summary>
    public WarningChange Reopen(string by, string? note, DateTime nowUtc)
    {
        if (IsActive) throw new WarningActionException("status", "预警仍在处理中，无需重新打开。");
        Status = WarningStatus.Open;
        ResolvedAt = null;
        ResolvedReason = null;
        DismissedLevel = null;
        DismissedSeverity = null;
        HeldOpen = true;
        Handled(by, note, nowUtc);
        return Record(WarningChangeKind.Reopened, nowUtc, by, note);
    }

    /// <summary>A snooze that has run out: open again.</summary>
    public WarningChange? Wake(DateTime nowUtc)
    {
        if (Status != WarningStatus.Snoozed || SnoozedUntil > nowUtc) return null;
        Status = WarningStatus.Open;
        SnoozedUntil = null;
        return Record(WarningChangeKind.Woken, nowUtc, null, "暂缓期满");
    }

    // "Worse" is a higher level, not a higher severity within the level: many severities are clocks that grow by
    // themselves every day, and a dismissed overdue item would otherwise come back the next morning.
    private bool IsWorseThanDismissed(WarningFinding f) => f.Level > (DismissedLevel ?? f.Level);

    private bool Differs(WarningFinding f) =>
        f.Level != Level || !f.Severity.Equals(Severity) || f.Title != Title || f.Detail != Detail
        || f.AgencyId != AgencyId || f.StreetId != StreetId || !SameLinks(f);

    private bool SameLinks(WarningFinding f)
    {
        var wanted = LinksOf(f).ToHashSet();
        return wanted.Count == Links.Count && Links.All(l => wanted.Contains((l.Kind, l.RecordId)));
    }

    private static IEnumerable<(RecordKind, int)> LinksOf(WarningFinding f) =>
        f.Records.SelectMany(r => r.Ids.Select(id => (r.Kind, id))).Distinct();

    private void Take(WarningFinding f, DateTime nowUtc)
    {
        Level = f.Level;
        Severity = f.Severity;
        Title = f.Title;
        Detail = f.Detail;
        AgencyId = f.AgencyId;
        StreetId = f.StreetId;
        UpdatedAt = nowUtc;
        var wanted = LinksOf(f).ToHashSet();
        Links.RemoveAll(l => !wanted.Contains((l.Kind, l.RecordId)));
        foreach (var (kind, id) in wanted.Where(k => !Links.Any(l => l.Kind == k.Item1 && l.RecordId == k.Item2)).OrderBy(k => k))
            Links.Add(new WarningRecordLink { Kind = kind, RecordId = id });
    }

    private void Handled(string by, string? note, DateTime nowUtc)
    {
        HandledBy = by;
        HandledAt = nowUtc;
        HandlingNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    private void RequireActive(string action)
    {
        if (!IsActive) throw new WarningActionException("status", $"预警已{(Status == WarningStatus.Dismissed ? "排除" : "解除")},不能{action}。");
    }

    private WarningChange Record(WarningChangeKind kind, DateTime nowUtc, string? by, string? note)
    {
        Revision++;
        return new WarningChange { Warning = this, Kind = kind, At = nowUtc, Level = Level, Status = Status, By = by, Note = note };
    }
}

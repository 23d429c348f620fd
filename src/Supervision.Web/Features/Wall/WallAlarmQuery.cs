using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Supervision.Domain.Warnings;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Features.Warnings.Workbench;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Wall;

/// <summary>
/// Red warnings that arrived (raised, escalated or reopened) within <see cref="WallOptions.AlarmMinutes"/> and are still
/// open: acknowledging, snoozing or dismissing one in the workbench, or its condition clearing, stops the flashing; so
/// does time. Besides, the live warnings by level for the band's steady summary.
/// </summary>
public sealed class WallAlarmQuery(UserDb userDb, ReferenceData reference, RuleCatalogue rules, IOptions<WallOptions> options, TimeProvider time)
{
    public async Task<WallBand> ReadAsync(CancellationToken ct = default)
    {
        var since = time.GetUtcNow().UtcDateTime.AddMinutes(-options.Value.AlarmMinutes);
        // City-wide: the wall is no agency's, and no liaison may open it (Policies.ViewWallScreen); so also when computed
        // once for every wall screen, with nobody signed in.
        await using var db = await userDb.OpenForScopeAsync(null, ct);
        var alarms = db.Warnings.AsNoTracking()
            .Where(w => w.Status == WarningStatus.Open && w.Level == WarningLevel.Red && (w.RaisedAt >= since || w.EscalatedAt >= since));
        var live = await db.Warnings.AsNoTracking()
            .Where(w => w.Status == WarningStatus.Open || w.Status == WarningStatus.Acknowledged || w.Status == WarningStatus.Snoozed)
            .GroupBy(w => w.Level).Select(g => new { Level = g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(WarningLevel l) => live.FirstOrDefault(c => c.Level == l)?.Count ?? 0;
        var count = await alarms.CountAsync(ct);
        if (count == 0) return new(null, Of(WarningLevel.Red), Of(WarningLevel.Orange), Of(WarningLevel.Yellow));
        var latest = await alarms
            .OrderByDescending(w => w.EscalatedAt != null && w.EscalatedAt > w.RaisedAt ? w.EscalatedAt : w.RaisedAt).ThenByDescending(w => w.Id)
            .Select(w => new { w.Id, w.RuleCode, w.SubjectKey, w.Title, w.AgencyId, w.StreetId, w.RaisedAt, w.EscalatedAt })
            .FirstAsync(ct);
        var agency = latest.AgencyId is { } a ? reference.Agencies.FirstOrDefault(x => x.Id == a)?.Name : null;
        var street = latest.StreetId is { } s ? reference.Regions.FirstOrDefault(x => x.Id == s)?.Name : null;
        var at = latest.EscalatedAt is { } e && e > latest.RaisedAt ? e : latest.RaisedAt;
        var subject = (await WarningSubjects.LabelsAsync(db, [latest.SubjectKey], ct)).GetValueOrDefault(latest.SubjectKey);
        var alarm = new WallAlarm(latest.Id, rules.NameOf(latest.RuleCode), latest.Title, subject, agency ?? "", street ?? "", at, count);
        return new(alarm, Of(WarningLevel.Red), Of(WarningLevel.Orange), Of(WarningLevel.Yellow));
    }
}

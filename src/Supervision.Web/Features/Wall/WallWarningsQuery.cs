using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Warnings;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Features.Warnings.Workbench;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Wall;

/// <summary>City-wide live warnings for the wall (no agency's: no liaison may open the wall), in two grouped queries.</summary>
public sealed class WallWarningsQuery(UserDb userDb, ReferenceData reference, RuleCatalogue rules)
{
    /// <summary>The rules whose warnings are deadlines that have run out: what "most overdue" counts.</summary>
    public static readonly IReadOnlySet<string> DeadlineRules = new HashSet<string>
    {
        CaseTimeLimitRule.RuleCode, OverdueRectificationRule.RuleCode, OverdueComplaintRule.RuleCode, NoticeReplyOverdueRule.RuleCode,
    };

    public async Task<WallWarnings> ReadAsync(int rows, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenForScopeAsync(null, ct);
        var live = db.Warnings.AsNoTracking()
            .Where(w => w.Status == WarningStatus.Open || w.Status == WarningStatus.Acknowledged || w.Status == WarningStatus.Snoozed);
        var byRule = await live.GroupBy(w => new { w.RuleCode, w.Level }).Select(g => new { g.Key.RuleCode, g.Key.Level, Count = g.Count() }).ToListAsync(ct);
        var byAgency = await live.Where(w => w.AgencyId != null).GroupBy(w => new { w.AgencyId, w.RuleCode, w.Level })
            .Select(g => new { g.Key.AgencyId, g.Key.RuleCode, g.Key.Level, Count = g.Count() }).ToListAsync(ct);

        var ruleRows = byRule.GroupBy(r => r.RuleCode).Select(g => new RuleLevelCount(g.Key, rules.NameOf(g.Key), Counts(g.Select(x => (x.Level, x.Count)))))
            .OrderByDescending(r => r.Worst).ThenBy(r => rules.RankOf(r.RuleCode)).Take(rows).ToList();
        var names = reference.Agencies.ToDictionary(a => a.Id, a => a.Name);
        var agencies = byAgency.GroupBy(a => a.AgencyId!.Value).Select(g =>
        {
            var c = Counts(g.Select(x => (x.Level, x.Count)));
            return new AgencyWarnings(names.GetValueOrDefault(g.Key) ?? "", c.Red, c.Orange, c.Yellow, c.Blue,
                g.Where(x => DeadlineRules.Contains(x.RuleCode)).Sum(x => x.Count));
        }).ToList();
        return new(ruleRows,
            [.. agencies.OrderByDescending(a => a.Red).ThenByDescending(a => a.Total).ThenBy(a => a.Name, StringComparer.Ordinal).Take(rows)],
            [.. agencies.Where(a => a.Overdue > 0).OrderByDescending(a => a.Overdue).ThenBy(a => a.Name, StringComparer.Ordinal).Take(rows)]);
    }

    private static LevelCounts Counts(IEnumerable<(WarningLevel Level, int Count)> counts)
    {
        var all = counts.ToList();
        int Of(WarningLevel l) => all.Where(c => c.Level == l).Sum(c => c.Count);
        return new(Of(WarningLevel.Blue), Of(WarningLevel.Yellow), Of(WarningLevel.Orange), Of(WarningLevel.Red));
    }
}

using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Notices;
using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.DrillDown;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Warnings.Workbench;

/// <summary>The workbench's reads, within the signed-in user's scope (a liaison sees its agency's warnings only).</summary>
public sealed class WarningQueries(UserDb userDb, RuleCatalogue catalogue)
{
    /// <summary>Columns the list sorts by; anything else gives the default order (the worst level, then the highest severity).</summary>
    public static readonly IReadOnlySet<string> SortColumns = new HashSet<string>
    {
        nameof(WarningRow.Level), nameof(WarningRow.Severity), nameof(WarningRow.RaisedAt), nameof(WarningRow.UpdatedAt), nameof(WarningRow.Status), nameof(WarningRow.Title),
    };

    public async Task<PageOf<WarningRow>> ListAsync(WarningFilter filter, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var warnings = Filtered(db, filter);
        var total = await warnings.CountAsync(ct);
        var found = await Sorted(warnings, page).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new(await RowsAsync(db, found, ct), total);
    }

    /// <summary>
    /// The filtered warnings folded by rule and agency: worst level first, then the rule's urgency
    /// (<see cref="RuleCatalogue.RankOf"/>), then the most warnings. Groups are few (rules × agencies), so they are
    /// counted in SQL and ordered and paged here.
    /// </summary>
    public async Task<PageOf<WarningGroupRow>> GroupsAsync(WarningFilter filter, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var groups = await Filtered(db, filter).GroupBy(w => new { w.RuleCode, w.AgencyId })
            .Select(g => new
            {
                g.Key.RuleCode, g.Key.AgencyId, Worst = g.Max(w => w.Level), Count = g.Count(), MaxSeverity = g.Max(w => w.Severity), Oldest = g.Min(w => w.RaisedAt),
            })
            .ToListAsync(ct);
        var ordered = groups.OrderByDescending(g => g.Worst).ThenBy(g => catalogue.RankOf(g.RuleCode)).ThenByDescending(g => g.Count)
            .ThenBy(g => g.RuleCode, StringComparer.Ordinal).ThenBy(g => g.AgencyId).Skip(page.Skip).Take(page.Size).ToList();
        var agencyIds = ordered.Where(g => g.AgencyId != null).Select(g => g.AgencyId!.Value).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => new { a.Code, a.Name }, ct);
        // The worst of each group stands for it (its title says what the group is about): one query for the page's rules,
        // not one per row, as the list reloads on every burst of warning news.
        var pageRules = ordered.Select(g => g.RuleCode).Distinct().ToList();
        var candidates = await Filtered(db, filter).Where(w => pageRules.Contains(w.RuleCode))
            .Select(w => new { w.Id, w.Title, w.RuleCode, w.AgencyId, w.Level, w.Severity }).ToListAsync(ct);
        var worst = candidates.GroupBy(c => (c.RuleCode, c.AgencyId))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Level).ThenByDescending(c => c.Severity).ThenByDescending(c => c.Id).First());
        var rows = new List<WarningGroupRow>();
        foreach (var g in ordered)
        {
            var first = worst[(g.RuleCode, g.AgencyId)];
            var agency = g.AgencyId is { } a ? agencies.GetValueOrDefault(a) : null;
            rows.Add(new(g.RuleCode, catalogue.NameOf(g.RuleCode), g.AgencyId, agency?.Code, agency?.Name, g.Worst, g.Count, g.MaxSeverity,
                catalogue.UnitOf(g.RuleCode), g.Oldest, first.Id, first.Title));
        }
        return new(rows, groups.Count);
    }

    /// <summary>Active warnings by level.</summary>
    public async Task<LevelCounts> CountsAsync(CancellationToken ct = default) => LevelCounts.Sum((await RuleCountsAsync(ct)).Select(r => r.Counts));

    /// <summary>Active warnings by rule and level (the counts above the list); the most urgent rules first.</summary>
    public async Task<IReadOnlyList<RuleLevelCount>> RuleCountsAsync(CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var counts = await db.Warnings.AsNoTracking()
            .Where(w => w.Status == WarningStatus.Open || w.Status == WarningStatus.Acknowledged || w.Status == WarningStatus.Snoozed)
            .GroupBy(w => new { w.RuleCode, w.Level }).Select(g => new { g.Key.RuleCode, g.Key.Level, Count = g.Count() }).ToListAsync(ct);
        return [.. counts.GroupBy(c => c.RuleCode).Select(g =>
            {
                int Of(WarningLevel l) => g.FirstOrDefault(c => c.Level == l)?.Count ?? 0;
                return new RuleLevelCount(g.Key, catalogue.NameOf(g.Key), new(Of(WarningLevel.Blue), Of(WarningLevel.Yellow), Of(WarningLevel.Orange), Of(WarningLevel.Red)));
            })
            .OrderByDescending(r => r.Worst).ThenBy(r => catalogue.RankOf(r.RuleCode))];
    }

    /// <summary>The warning with its records and history, or null when it does not exist or is outside the user's scope.</summary>
    public async Task<WarningDetail?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var w = await db.Warnings.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (w is null) return null;
        var agency = w.AgencyId is { } agencyId ? await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agencyId, ct) : null;
        var street = w.StreetId is { } streetId ? await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == streetId, ct) : null;
        var links = await db.WarningLinks.AsNoTracking().Where(l => l.WarningId == id).ToListAsync(ct);
        var changes = await db.WarningChanges.AsNoTracking().Where(c => c.WarningId == id).OrderByDescending(c => c.At).ThenByDescending(c => c.Id).ToListAsync(ct);
        var people = await PeopleNames.DisplayNamesAsync(db, changes.Select(c => c.By).Append(w.HandledBy), ct);
        var history = changes.Select(c => new WarningHistoryRow(c.Id, c.Kind, c.At, c.Level, c.Status, c.By is null ? null : PeopleNames.Of(people, c.By), c.Note)).ToList();
        var row = (await RowsAsync(db, [w], ct))[0];
        return new WarningDetail(
            row, row.Subject, catalogue.SourceOf(w.RuleCode), w.PeakLevel, w.Detail,
            agency?.Code, street?.Code, w.EscalatedAt, w.ResolvedAt, w.ResolvedReason, row.HandledBy, w.HandledAt, w.HandlingNote,
            w.DismissedLevel, await LinksAsync(db, links, ct), history)
        {
            Notices = await NoticesOnAsync(db, [id], ct) is var all && all.TryGetValue(id, out var mine) ? mine : [],
        };
    }

    // Labels come through the same scoped context: a linked record of another agency shows as its kind and id only.
    private static async Task<IReadOnlyList<WarningLinkView>> LinksAsync(SupervisionDbContext db, List<WarningRecordLink> links, CancellationToken ct)
    {
        var names = await WarningNames.NamesAsync(db, [.. links.Select(l => (NameOf(l.Kind), l.RecordId))], ct);
        var partyIds = links.Where(l => l.Kind == RecordKind.Party).Select(l => l.RecordId).ToList();
        var enterprises = await db.Parties.AsNoTracking().Where(p => partyIds.Contains(p.Id) && p.Kind == PartyKind.Enterprise).Select(p => p.Id).ToListAsync(ct);
        return links.OrderBy(l => l.Kind).ThenBy(l => l.RecordId).Select(l =>
        {
            // Unnamed: another agency's record (not visible to a liaison) or one since removed; it is neither named nor linked.
            var label = names.GetValueOrDefault((NameOf(l.Kind), l.RecordId));
            var href = label is null ? null : l.Kind switch
            {
                RecordKind.Case => DrillDownLinks.Case(l.RecordId),
                RecordKind.Party when enterprises.Contains(l.RecordId) => DrillDownLinks.Enterprise(l.RecordId),
                RecordKind.Officer => DrillDownLinks.Officer(l.RecordId),
                RecordKind.Inspection => DrillDownLinks.Inspection(l.RecordId),
                RecordKind.RectificationOrder => DrillDownLinks.Rectification(l.RecordId),
                RecordKind.CompulsoryMeasure => DrillDownLinks.Measure(l.RecordId),
                RecordKind.Complaint => DrillDownLinks.Complaint(l.RecordId),
                RecordKind.Notice => $"/notices/{l.RecordId}",
                _ => null,
            };
            return new WarningLinkView(l.Kind, l.RecordId, label, href);
        }).ToList();
    }

    private static NameKind NameOf(RecordKind kind) => kind switch
    {
        RecordKind.Inspection => NameKind.Inspection,
        RecordKind.Case => NameKind.Case,
        RecordKind.RectificationOrder => NameKind.Order,
        RecordKind.CompulsoryMeasure => NameKind.Measure,
        RecordKind.Complaint => NameKind.Complaint,
        RecordKind.Officer => NameKind.OfficerWithCertificate,
        RecordKind.Party => NameKind.PartyWithCode,
        _ => NameKind.Notice,
    };

    // Names looked up apart from the page query, so the page keeps its order (agencies and streets are few and indexed).
    private async Task<List<WarningRow>> RowsAsync(SupervisionDbContext db, List<Warning> found, CancellationToken ct)
    {
        var agencyIds = found.Where(w => w.AgencyId != null).Select(w => w.AgencyId!.Value).Distinct().ToList();
        var streetIds = found.Where(w => w.StreetId != null).Select(w => w.StreetId!.Value).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var streets = await db.Regions.AsNoTracking().Where(r => streetIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var subjects = await WarningSubjects.LabelsAsync(db, found.Select(w => w.SubjectKey), ct);
        var notices = await NoticesOnAsync(db, [.. found.Select(w => w.Id)], ct);
        var people = await PeopleNames.DisplayNamesAsync(db, found.Select(w => w.HandledBy), ct);
        return [.. found.Select(w => new WarningRow(
            w.Id, w.Revision, w.Level, w.RuleCode, catalogue.NameOf(w.RuleCode), w.Title, w.AgencyId is { } a ? agencies.GetValueOrDefault(a) : null,
            w.StreetId is { } s ? streets.GetValueOrDefault(s) : null, w.Status, w.RaisedAt, w.UpdatedAt, w.Severity, w.SnoozedUntil)
        {
            Subject = subjects.GetValueOrDefault(w.SubjectKey),
            Unit = catalogue.UnitOf(w.RuleCode),
            Notice = notices.TryGetValue(w.Id, out var on) ? on[0] : null,
            HandledBy = w.HandledBy is null ? null : PeopleNames.Of(people, w.HandledBy),
        })];
    }

    /// <summary>The notices drawn up on these warnings, newest first, as the reader may see them.</summary>
    private static async Task<Dictionary<int, IReadOnlyList<NoticeCover>>> NoticesOnAsync(SupervisionDbContext db, List<int> warningIds, CancellationToken ct)
    {
        if (warningIds.Count == 0) return [];
        var found = await (from s in db.NoticeSubjects.AsNoTracking()
                           join n in db.Notices.AsNoTracking() on s.NoticeId equals n.Id
                           where s.Kind == NoticeSubjectKind.Warning && warningIds.Contains(s.RecordId)
                           select new { s.RecordId, n.Id, n.Number, n.Status }).ToListAsync(ct);
        return found.GroupBy(f => f.RecordId).ToDictionary(g => g.Key,
            g => (IReadOnlyList<NoticeCover>)[.. g.OrderByDescending(f => f.Id).Select(f => new NoticeCover(f.Id, f.Number, f.Status))]);
    }

    private static IQueryable<Warning> Filtered(SupervisionDbContext db, WarningFilter f)
    {
        var q = db.Warnings.AsNoTracking();
        var statuses = (f.Statuses is { Count: > 0 } s ? s : WarningFilter.Active).ToList();
        q = q.Where(w => statuses.Contains(w.Status));
        if (f.Levels is { Count: > 0 } levels)
        {
            var wanted = levels.ToList();
            q = q.Where(w => wanted.Contains(w.Level));
        }
        if (!string.IsNullOrWhiteSpace(f.RuleCode)) q = q.Where(w => w.RuleCode == f.RuleCode);
        if (f.AgencyId is { } agency) q = q.Where(w => w.AgencyId == agency);
        if (f.StreetId is { } street) q = q.Where(w => w.StreetId == street);
        if (!string.IsNullOrWhiteSpace(f.Text))
        {
            var text = f.Text.Trim();
            q = q.Where(w => w.Title.Contains(text) || w.Detail.Contains(text) || w.SubjectKey.Contains(text));
        }
        return q;
    }

    // The id breaks ties so pages never overlap.
    private static IQueryable<Warning> Sorted(IQueryable<Warning> q, PageRequest page) => (page.SortBy, page.Descending) switch
    {
        (nameof(WarningRow.Level), var d) => d ? q.OrderByDescending(w => w.Level).ThenByDescending(w => w.UpdatedAt).ThenByDescending(w => w.Id)
            : q.OrderBy(w => w.Level).ThenByDescending(w => w.UpdatedAt).ThenByDescending(w => w.Id),
        (nameof(WarningRow.Severity), var d) => d ? q.OrderByDescending(w => w.Severity).ThenByDescending(w => w.Id) : q.OrderBy(w => w.Severity).ThenBy(w => w.Id),
        (nameof(WarningRow.RaisedAt), var d) => d ? q.OrderByDescending(w => w.RaisedAt).ThenByDescending(w => w.Id) : q.OrderBy(w => w.RaisedAt).ThenBy(w => w.Id),
        (nameof(WarningRow.UpdatedAt), var d) => d ? q.OrderByDescending(w => w.UpdatedAt).ThenByDescending(w => w.Id) : q.OrderBy(w => w.UpdatedAt).ThenBy(w => w.Id),
        (nameof(WarningRow.Status), var d) => d ? q.OrderByDescending(w => w.Status).ThenByDescending(w => w.Level).ThenByDescending(w => w.Id)
            : q.OrderBy(w => w.Status).ThenByDescending(w => w.Level).ThenByDescending(w => w.Id),
        (nameof(WarningRow.Title), var d) => d ? q.OrderByDescending(w => w.Title).ThenByDescending(w => w.Id) : q.OrderBy(w => w.Title).ThenBy(w => w.Id),
        // The worst first: by level, then by how far it has gone in its rule's unit (days overdue, times …), then the newest.
        _ => q.OrderByDescending(w => w.Level).ThenByDescending(w => w.Severity).ThenByDescending(w => w.Id),
    };
}

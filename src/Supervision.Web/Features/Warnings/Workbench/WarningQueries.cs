using Microsoft.EntityFrameworkCore;
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
    /// <summary>Columns the list sorts by; anything else gives the default order (open first, then the worst, then the latest).</summary>
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
        // Names looked up apart from the page query, so the page keeps its order (agencies and streets are few and indexed).
        var agencyIds = found.Where(w => w.AgencyId != null).Select(w => w.AgencyId!.Value).Distinct().ToList();
        var streetIds = found.Where(w => w.StreetId != null).Select(w => w.StreetId!.Value).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var streets = await db.Regions.AsNoTracking().Where(r => streetIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var items = found.Select(w => Row(w, w.AgencyId is { } a ? agencies.GetValueOrDefault(a) : null, w.StreetId is { } s ? streets.GetValueOrDefault(s) : null)).ToList();
        return new(items, total);
    }

    public async Task<LevelCounts> CountsAsync(CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var counts = await db.Warnings.AsNoTracking()
            .Where(w => w.Status == WarningStatus.Open || w.Status == WarningStatus.Acknowledged || w.Status == WarningStatus.Snoozed)
            .GroupBy(w => w.Level).Select(g => new { Level = g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(WarningLevel l) => counts.FirstOrDefault(c => c.Level == l)?.Count ?? 0;
        return new(Of(WarningLevel.Blue), Of(WarningLevel.Yellow), Of(WarningLevel.Orange), Of(WarningLevel.Red));
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
        var history = await db.WarningChanges.AsNoTracking().Where(c => c.WarningId == id).OrderByDescending(c => c.At).ThenByDescending(c => c.Id)
            .Select(c => new WarningHistoryRow(c.Id, c.Kind, c.At, c.Level, c.Status, c.By, c.Note)).ToListAsync(ct);
        return new WarningDetail(
            Row(w, agency?.Name, street?.Name), w.SubjectKey, catalogue.SourceOf(w.RuleCode), w.PeakLevel, w.Detail,
            agency?.Code, street?.Code, w.EscalatedAt, w.ResolvedAt, w.ResolvedReason, w.HandledBy, w.HandledAt, w.HandlingNote,
            w.DismissedLevel, await LinksAsync(db, links, ct), history);
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

    private WarningRow Row(Warning w, string? agencyName, string? streetName) => new(
        w.Id, w.Revision, w.Level, w.RuleCode, catalogue.NameOf(w.RuleCode), w.Title, agencyName, streetName, w.Status, w.RaisedAt, w.UpdatedAt,
        w.Severity, w.SnoozedUntil);

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
            q = q.Where(w => w.Title.Contains(text) || w.SubjectKey.Contains(text));
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
        // Open first (the statuses' numbers run Open, Acknowledged, Snoozed, …), the worst first, the latest change first.
        _ => q.OrderBy(w => w.Status).ThenByDescending(w => w.Level).ThenByDescending(w => w.UpdatedAt).ThenByDescending(w => w.Id),
    };
}

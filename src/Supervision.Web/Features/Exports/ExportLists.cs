using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Agencies;
using Supervision.Domain.Notices;
using Supervision.Web.Components.Shared;
using Supervision.Web.Data;
using Supervision.Web.Features.Warnings.Workbench;
using Supervision.Web.Shared;
using Supervision.Web.Shared.Spreadsheets;

namespace Supervision.Web.Features.Exports;

/// <summary>
/// The lists (warnings, notices, cases) over a context the caller has scoped, with the export's agency, district and
/// sector filters. Rows are read with <c>AsAsyncEnumerable</c> and written as they come: memory stays flat however long
/// the list. Names of parties are left out: these files leave the system. Rules, levels, states and stages are written
/// by name, never by code.
/// </summary>
public sealed class ExportLists(ReferenceData reference, Warnings.RuleCatalogue rules)
{
    private readonly Dictionary<int, Agency> _agencies = reference.Agencies.ToDictionary(a => a.Id);
    private readonly Dictionary<int, Domain.Geography.Region> _regions = reference.Regions.ToDictionary(r => r.Id);
    // The longest names of the known sets: the least widths of their columns.
    private readonly double _agencyWidth = reference.Agencies.Max(a => SheetText.Width(a.Name)) + 2;
    private readonly double _streetWidth = reference.Streets.Max(s => SheetText.Width(s.Name)) + 2;
    private readonly double _matterWidth = Math.Min(ListWidths.WrapAt, reference.Matters.Max(m => SheetText.Width(m.Name)) + 2);

    public ListSource For(ExportKind kind, SupervisionDbContext db, ExportParameters p) => kind switch
    {
        ExportKind.WarningsList => Warnings(db, p),
        ExportKind.NoticesList => Notices(db, p),
        ExportKind.CasesList => Cases(db, p),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a list export."),
    };

    public static string SheetNameOf(ExportKind kind) => UiText.Get($"Exports.Kind.{kind}");

    public ListSource Warnings(SupervisionDbContext db, ExportParameters p)
    {
        var q = db.Warnings.AsNoTracking();
        if (Agencies(p) is { } agencies) q = q.Where(w => w.AgencyId != null && agencies.Contains(w.AgencyId.Value));
        if (Streets(p) is { } streets) q = q.Where(w => w.StreetId != null && streets.Contains(w.StreetId.Value));
        q = q.OrderByDescending(w => w.RaisedAt).ThenBy(w => w.Id);
        ListColumn[] columns =
        [
            new(UiText.Get("Exports.Col.Number"), ListCell.Number, 9),
            new(UiText.Get("Exports.Col.Rule"), ListCell.Text, 22),
            new(UiText.Get("Exports.Col.Level"), ListCell.Text, 8),
            new(UiText.Get("Exports.Col.Status"), ListCell.Text, 9),
            new(UiText.Get("Exports.Col.Title"), ListCell.Text, 30),
            new(UiText.Get("Exports.Col.Agency"), ListCell.Text, _agencyWidth),
            new(UiText.Get("Exports.Col.Street"), ListCell.Text, _streetWidth),
            new(UiText.Get("Exports.Col.RaisedAt"), ListCell.Time, 17),
            new(UiText.Get("Exports.Col.UpdatedAt"), ListCell.Time, 17),
            new(UiText.Get("Exports.Col.Detail"), ListCell.Text, 30),
        ];
        async IAsyncEnumerable<object?[]> Rows([EnumeratorCancellation] CancellationToken ct)
        {
            await foreach (var w in q.Select(w => new { w.Id, w.RuleCode, w.Level, w.Status, w.Title, w.AgencyId, w.StreetId, w.RaisedAt, w.UpdatedAt, w.Detail })
                               .AsAsyncEnumerable().WithCancellation(ct))
                yield return [w.Id, rules.NameOf(w.RuleCode), WarningTerms.Of(w.Level), WarningTerms.Of(w.Status), w.Title,
                    AgencyName(w.AgencyId), RegionName(w.StreetId), w.RaisedAt, w.UpdatedAt, w.Detail];
        }
        return new(SheetNameOf(ExportKind.WarningsList), columns, ct => q.CountAsync(ct), Rows);
    }

    public ListSource Notices(SupervisionDbContext db, ExportParameters p)
    {
        var q = db.Notices.AsNoTracking().Where(n => n.Status != NoticeStatus.Draft);
        if (Agencies(p) is { } agencies) q = q.Where(n => agencies.Contains(n.AgencyId));
        if (p.DistrictId is { } district)
        {
            // A notice has no street: it belongs to the district its agency sits in.
            var inDistrict = reference.Agencies.Where(a => _regions.TryGetValue(a.RegionId, out var r) && (r.Id == district || r.ParentId == district)).Select(a => a.Id).ToList();
            q = q.Where(n => inDistrict.Contains(n.AgencyId));
        }
        q = q.OrderByDescending(n => n.IssuedAt).ThenBy(n => n.Id);
        ListColumn[] columns =
        [
            new(UiText.Get("Exports.Col.DocumentNumber"), ListCell.Code, 22),
            new(UiText.Get("Exports.Col.NoticeKind"), ListCell.Text, 22),
            new(UiText.Get("Exports.Col.Title"), ListCell.Text, 30),
            new(UiText.Get("Exports.Col.Agency"), ListCell.Text, _agencyWidth),
            new(UiText.Get("Exports.Col.Status"), ListCell.Text, 9),
            new(UiText.Get("Exports.Col.IssuedAt"), ListCell.Time, 17),
            new(UiText.Get("Exports.Col.ReplyDeadline"), ListCell.Day, 12),
            new(UiText.Get("Exports.Col.RepliedAt"), ListCell.Time, 17),
            new(UiText.Get("Exports.Col.ClosedAt"), ListCell.Time, 17),
            new(UiText.Get("Exports.Col.Timeliness"), ListCell.Text, 10),
        ];
        async IAsyncEnumerable<object?[]> Rows([EnumeratorCancellation] CancellationToken ct)
        {
            await foreach (var n in q.Select(n => new { n.Number, n.Kind, n.Title, n.AgencyId, n.Status, n.IssuedAt, n.ReplyDeadline, n.RepliedAt, n.ClosedAt })
                               .AsAsyncEnumerable().WithCancellation(ct))
            {
                var timeliness = n.RepliedAt is { } r
                    ? UiText.Get(Domain.Calendar.ChinaTime.DayOf(r) <= n.ReplyDeadline ? "Statistics.Col.NoticesOnTime" : "Statistics.Col.NoticesLate")
                    : UiText.Get("Statistics.Col.NoticesUnanswered");
                yield return [n.Number, UiText.Get($"Exports.NoticeKind.{n.Kind}"), n.Title, AgencyName(n.AgencyId), UiText.Get($"Exports.NoticeStatus.{n.Status}"),
                    n.IssuedAt, n.ReplyDeadline, n.RepliedAt, n.ClosedAt, timeliness];
            }
        }
        return new(SheetNameOf(ExportKind.NoticesList), columns, ct => q.CountAsync(ct), Rows);
    }

    /// <summary>The cases filed in the export's month (a whole city's cases over all time would be a list nobody reads).</summary>
    public ListSource Cases(SupervisionDbContext db, ExportParameters p, int? limit = null)
    {
        var filter = new Statistics.StatisticsFilter(p.Year, p.Month);
        var (from, to) = (filter.FromUtc, filter.ToUtc);
        var q = db.Cases.AsNoTracking().Where(c => c.FiledAt >= from && c.FiledAt < to);
        if (Agencies(p) is { } agencies) q = q.Where(c => agencies.Contains(c.AgencyId));
        if (Streets(p) is { } streets) q = q.Where(c => streets.Contains(c.StreetId));
        q = q.OrderBy(c => c.FiledAt).ThenBy(c => c.Id);
        if (limit is { } l) q = q.Take(l);
        return CaseSource(q);
    }

    /// <summary>The case list's columns and rows over any query of cases (the benchmark's is not one month's).</summary>
    public ListSource CaseSource(IQueryable<Domain.Cases.Case> q)
    {
        var matters = reference.Matters.ToDictionary(m => m.Id, m => m.Name);
        ListColumn[] columns =
        [
            new(UiText.Get("Exports.Col.CaseNumber"), ListCell.Code, 26),
            new(UiText.Get("Exports.Col.Agency"), ListCell.Text, _agencyWidth),
            new(UiText.Get("Exports.Col.Matter"), ListCell.Text, _matterWidth),
            new(UiText.Get("Exports.Col.Street"), ListCell.Text, _streetWidth),
            new(UiText.Get("Exports.Col.FiledAt"), ListCell.Time, 17),
            new(UiText.Get("Exports.Col.Stage"), ListCell.Text, 10),
            new(UiText.Get("Exports.Col.DecidedAt"), ListCell.Time, 17),
            new(UiText.Get("Exports.Col.Penalty"), ListCell.Text, 14),
            new(UiText.Get("Exports.Col.Fine"), ListCell.Money, 13),
            new(UiText.Get("Exports.Col.FourList"), ListCell.Text, 10),
        ];
        async IAsyncEnumerable<object?[]> Rows([EnumeratorCancellation] CancellationToken ct)
        {
            await foreach (var c in q.Select(c => new { c.Number, c.AgencyId, c.MatterId, c.StreetId, c.FiledAt, c.Stage, c.DecidedAt, c.PenaltyKind, c.Fine, c.FourList })
                               .AsAsyncEnumerable().WithCancellation(ct))
                yield return [c.Number, AgencyName(c.AgencyId), matters.GetValueOrDefault(c.MatterId), RegionName(c.StreetId), c.FiledAt, UiText.Get($"Stage.{c.Stage}"),
                    c.DecidedAt, c.PenaltyKind is { } k ? UiText.Get($"Penalty.{k}") : null, c.Fine, c.FourList is { } f ? Terms.Of(f) : null];
        }
        return new(SheetNameOf(ExportKind.CasesList), columns, ct => q.CountAsync(ct), Rows);
    }

    private string? AgencyName(int? id) => id is { } a && _agencies.TryGetValue(a, out var agency) ? agency.Name : null;

    private string? RegionName(int? id) => id is { } r && _regions.TryGetValue(r, out var region) ? region.Name : null;

    private List<int>? Streets(ExportParameters p) =>
        p.DistrictId is { } d ? reference.Streets.Where(s => s.ParentId == d).Select(s => s.Id).ToList() : null;

    private List<int>? Agencies(ExportParameters p)
    {
        if (p.Sector is null && p.AgencyId is null) return null;
        return reference.Agencies
            .Where(a => p.Sector is null || a.Sector == p.Sector)
            .Where(a => p.AgencyId is null || IsUnder(a, p.AgencyId.Value))
            .Select(a => a.Id).ToList();
    }

    private bool IsUnder(Agency agency, int ancestorId)
    {
        for (Agency? a = agency; a is not null; a = a.ParentId is { } parent ? _agencies[parent] : null)
            if (a.Id == ancestorId) return true;
        return false;
    }
}

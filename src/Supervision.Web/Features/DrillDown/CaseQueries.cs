using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;
using Supervision.Domain.Parties;
using Supervision.Web.Data;
using Supervision.Web.Features.Calendar;
using Supervision.Web.Features.Access;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.DrillDown;

/// <summary>Case lists and the case drill-down, within the signed-in user's scope (a liaison sees its agency's cases only).</summary>
public sealed class CaseQueries(UserDb userDb, CurrentCalendar calendar, TimeProvider time)
{
    /// <summary>Columns a case list sorts by; anything else falls back to the newest filing first.</summary>
    public static readonly IReadOnlySet<string> SortColumns =
        new HashSet<string> { nameof(CaseRow.FiledAt), nameof(CaseRow.Number), nameof(CaseRow.DecidedAt), nameof(CaseRow.Fine), nameof(CaseRow.Stage) };

    private DateOnly Today => ChinaTime.DayOf(time.GetUtcNow().UtcDateTime);

    public async Task<PageOf<CaseRow>> ListAsync(CaseFilter filter, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var cases = await FilteredAsync(db, filter, ct);
        var total = await cases.CountAsync(ct);
        var rows = await (
            from c in Sorted(cases, page).Skip(page.Skip).Take(page.Size)
            join a in db.Agencies on c.AgencyId equals a.Id
            join p in db.Parties on c.PartyId equals p.Id
            join m in db.Matters on c.MatterId equals m.Id
            select new
            {
                c.Id, c.Number, c.FiledAt, c.Stage, c.AgencyId, AgencyCode = a.Code, AgencyName = a.Name,
                c.PartyId, PartyKind = p.Kind, PartyName = p.Name, MatterName = m.Name, c.Fine, c.DecidedAt,
            }).ToListAsync(ct);
        var today = Today;
        var ids = rows.Select(r => r.Id).ToList();
        var moves = await CaseClocks.LoadAsync(db, db.Cases.Where(c => ids.Contains(c.Id)).Select(c => c.Id), ct);
        var items = rows.Select(r => new CaseRow(
            r.Id, r.Number, r.FiledAt, r.Stage, r.AgencyId, r.AgencyCode, r.AgencyName,
            r.PartyId, r.PartyKind, PersonalData.Display(r.PartyKind, r.PartyName), r.MatterName, r.Fine, r.DecidedAt,
            CaseTimeline.DecisionOverdue(r.FiledAt, r.DecidedAt, today, calendar.Calendar,
                moves.TryGetValue(r.Id, out var m) ? CaseTimeline.ClockOf(r.FiledAt, m.Extensions, m.Suspensions, calendar.Calendar) : null))).ToList();
        return new(items, total);
    }

    private async Task<IQueryable<Case>> FilteredAsync(SupervisionDbContext db, CaseFilter f, CancellationToken ct)
    {
        var q = db.Cases.AsNoTracking();
        if (f.AgencyId is { } agency) q = q.Where(c => c.AgencyId == agency);
        if (f.Stage is { } stage) q = q.Where(c => c.Stage == stage);
        if (f.MatterId is { } matter) q = q.Where(c => c.MatterId == matter);
        if (f.StreetId is { } street) q = q.Where(c => c.StreetId == street);
        if (f.PartyId is { } party) q = q.Where(c => c.PartyId == party);
        // An IN over the officer's links (indexed by officer) rather than an EXISTS probed for every case.
        if (f.OfficerId is { } officer) q = q.Where(c => db.CaseOfficers.Where(o => o.OfficerId == officer).Select(o => o.CaseId).Contains(c.Id));
        if (f.Filed is { } period)
        {
            var (from, to) = (period.FromUtc, period.ToUtcExclusive);
            q = q.Where(c => c.FiledAt >= from && c.FiledAt < to);
        }
        if (f.OverdueOnly)
        {
            // The filing-time bound settles every case whose limit nothing moved; the few with an extension or suspensions are
            // weighed one by one, as the case page and the warning count them.
            var before = CaseTimeline.UndecidedOverdueFiledBefore(Today, calendar.Calendar);
            var moved = await CaseClocks.OverdueMovedAsync(db, before, Today, calendar.Calendar, ct);
            q = q.Where(c => (c.DecidedAt == null && c.FiledAt < before && c.ExtendedUntil == null && !db.CaseSuspensions.Any(s => s.CaseId == c.Id))
                || moved.Contains(c.Id));
        }
        return q;
    }

    // The id breaks ties so pages never overlap; with the filing time it still walks the (…, FiledAt) indexes.
    private static IQueryable<Case> Sorted(IQueryable<Case> q, PageRequest page) => (page.SortBy, page.Descending) switch
    {
        (nameof(CaseRow.Number), false) => q.OrderBy(c => c.Number),
        (nameof(CaseRow.Number), true) => q.OrderByDescending(c => c.Number),
        (nameof(CaseRow.DecidedAt), false) => q.OrderBy(c => c.DecidedAt).ThenBy(c => c.Id),
        (nameof(CaseRow.DecidedAt), true) => q.OrderByDescending(c => c.DecidedAt).ThenByDescending(c => c.Id),
        (nameof(CaseRow.Fine), false) => q.OrderBy(c => c.Fine).ThenBy(c => c.Id),
        (nameof(CaseRow.Fine), true) => q.OrderByDescending(c => c.Fine).ThenByDescending(c => c.Id),
        (nameof(CaseRow.Stage), false) => q.OrderBy(c => c.Stage).ThenByDescending(c => c.FiledAt).ThenByDescending(c => c.Id),
        (nameof(CaseRow.Stage), true) => q.OrderByDescending(c => c.Stage).ThenByDescending(c => c.FiledAt).ThenByDescending(c => c.Id),
        (nameof(CaseRow.FiledAt), false) => q.OrderBy(c => c.FiledAt).ThenBy(c => c.Id),
        _ => q.OrderByDescending(c => c.FiledAt).ThenByDescending(c => c.Id),
    };

    /// <summary>The case with its timeline against the time limits, or null when it does not exist or is outside the user's scope.</summary>
    public async Task<CaseDetail?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var c = await (
            from x in db.Cases.AsNoTracking()
            where x.Id == id
            join a in db.Agencies on x.AgencyId equals a.Id
            join p in db.Parties on x.PartyId equals p.Id
            join m in db.Matters on x.MatterId equals m.Id
            join s in db.Regions on x.StreetId equals s.Id
            select new { Case = x, AgencyCode = a.Code, AgencyName = a.Name, Party = p, MatterCode = m.Code,
                MatterName = m.Name, m.LegalBasis, StreetCode = s.Code, StreetName = s.Name })
            .FirstOrDefaultAsync(ct);
        if (c is null) return null;
        var item = c.Case.FourListItemId is { } itemId
            ? await db.FourListItems.AsNoTracking().Where(i => i.Id == itemId).Select(i => new { i.Code, i.Circumstance }).FirstOrDefaultAsync(ct)
            : null;
        var stages = await db.CaseStages.AsNoTracking().Where(s => s.CaseId == id).OrderBy(s => s.Stage)
            .Select(s => new { s.Stage, s.OccurredAt }).ToListAsync(ct);
        var officers = await (
            from link in db.CaseOfficers.AsNoTracking()
            where link.CaseId == id
            join o in db.Officers on link.OfficerId equals o.Id
            orderby o.Name
            select new { o.Id, o.Name, o.CertificateNumber, o.CertificateExpiresOn }).ToListAsync(ct);
        var rectifications = await RectificationQuery.RowsAsync(db, r => r.CaseId == id, Today, ct);
        var suspensions = await db.CaseSuspensions.AsNoTracking().Where(s => s.CaseId == id).OrderBy(s => s.StartsOn)
            .Select(s => new { s.Reason, s.StartsOn, s.EndsOn, s.Note, s.ReceivedAt }).ToListAsync(ct);
        var moves = (await CaseClocks.LoadAsync(db, db.Cases.Where(x => x.Id == id).Select(x => x.Id), ct)).GetValueOrDefault(id);
        var clock = moves is null ? DecisionClock.None : CaseTimeline.ClockOf(c.Case.FiledAt, moves.Extensions, moves.Suspensions, calendar.Calendar);
        var extensionReceived = await db.CaseExtensions.AsNoTracking().Where(e => e.CaseId == id).MaxAsync(e => (DateTime?)e.ReceivedAt, ct);
        // The clock is read on the decision day, or today while undecided.
        var asOf = c.Case.DecidedAt is { } decided ? ChinaTime.DayOf(decided) : Today;

        var evidenceDay = ChinaTime.DayOf(stages.FirstOrDefault(s => s.Stage == CaseStage.Evidence)?.OccurredAt ?? c.Case.FiledAt);
        var k = c.Case;
        var party = c.Party;
        return new CaseDetail(
            k.Id, k.Number, k.AgencyId, c.AgencyCode, c.AgencyName,
            PartyView.Of(party.Id, party.Kind, party.Name, party.CreditCode, party.IdNumber, party.CreditGrade),
            c.MatterCode, c.MatterName, c.LegalBasis, c.StreetCode, c.StreetName, k.Place, k.IsMajor,
            k.Stage, k.FiledAt, k.DecidedAt, k.ClosedAt, k.PenaltyKind, k.Fine, k.DiscretionLevel,
            k.FourList, item?.Code, item?.Circumstance,
            CaseTimeline.Build([.. stages.Select(s => (s.Stage, s.OccurredAt))], Today, calendar.Calendar, clock),
            [.. officers.Select(o => new CaseOfficerView(o.Id, o.Name, o.CertificateNumber, o.CertificateExpiresOn, evidenceDay <= o.CertificateExpiresOn))],
            rectifications, k.ReceivedAt,
            k.ExtendedUntil is { } until
                ? new CaseExtensionView(until, k.ExtensionApprover ?? "", k.ExtensionApprovedOn ?? until, extensionReceived, clock.ExtendedUntil == until)
                : null,
            [.. suspensions.Select(s => clock.Suspensions.FirstOrDefault(x => x.From == s.StartsOn) is { } counted
                ? new CaseSuspensionView(s.Reason, s.StartsOn, s.EndsOn, s.Note, DecisionPeriod.SuspendedDays(counted, asOf), s.ReceivedAt)
                : new CaseSuspensionView(s.Reason, s.StartsOn, s.EndsOn, s.Note, 0, s.ReceivedAt, false))]);
    }

    /// <summary>Matters whose name or code contains the text, for the case list's matter filter.</summary>
    public async Task<IReadOnlyList<Option>> MattersAsync(string? text, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var q = db.Matters.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text)) q = q.Where(m => m.Name.Contains(text) || m.Code.Contains(text));
        return await q.OrderBy(m => m.Code).Take(30).Select(m => new Option(m.Id, m.Code, m.Name)).ToListAsync(ct);
    }
}

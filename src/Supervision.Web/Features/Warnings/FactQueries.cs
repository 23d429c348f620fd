using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;
using Supervision.Domain.Notices;
using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Warnings;

/// <summary>
/// The EF queries that feed the rules (docs/warnings.md "What each job feeds"). Each takes an optional set of subjects
/// so the same query serves the full sweep (null: everything the rule's window can see) and the evaluation of a burst of
/// incoming records: one query for all the burst's subjects (a few, <see cref="InChunk"/> ids to an IN list), never one
/// per subject. Provider-neutral LINQ, no tracking, projected straight into the rules' fact records.
/// </summary>
public static class FactQueries
{
    /// <summary>Ids per IN list: well inside SQLite's and PostgreSQL's parameter limits, and a burst's 500 touches in one or two.</summary>
    public const int InChunk = 500;

    /// <summary>One query per chunk of <paramref name="ids"/>, the answers side by side.</summary>
    public static async Task<List<T>> ChunkedAsync<TId, T>(IEnumerable<TId> ids, Func<TId[], Task<List<T>>> query)
    {
        var all = new List<T>();
        foreach (var chunk in ids.Distinct().Chunk(InChunk)) all.AddRange(await query(chunk));
        return all;
    }

    /// <summary>Midnight (Shanghai) that starts a window of <paramref name="days"/> days ending today, as UTC.</summary>
    public static DateTime WindowStartUtc(DateTime nowUtc, int days) => ChinaTime.StartOfDayUtc(DayWindow.Ending(nowUtc, days).First);

    public static DateTime YearStartUtc(DateTime nowUtc) => ChinaTime.StartOfDayUtc(DayWindow.YearToDate(nowUtc).First);

    /// <summary>Cases filed since <paramref name="fromUtc"/>: all, or those of the given (party, matter) or (street, matter) pairs.</summary>
    public static async Task<List<ViolationFact>> ViolationsAsync(SupervisionDbContext db, DateTime fromUtc,
        IReadOnlyCollection<(int PartyId, int MatterId)>? partyMatters, IReadOnlyCollection<(int StreetId, int MatterId)>? streetMatters, CancellationToken ct)
    {
        var q = db.Cases.AsNoTracking().Where(c => c.FiledAt >= fromUtc);
        static IQueryable<ViolationFact> Facts(IQueryable<Case> cases) =>
            cases.Select(c => new ViolationFact(c.Id, c.AgencyId, c.PartyId, c.MatterId, c.StreetId, c.FiledAt));
        if (partyMatters is null && streetMatters is null) return await Facts(q).ToListAsync(ct);
        var facts = new List<ViolationFact>();
        // A party has few cases: all of the chunk's parties' (index PartyId, MatterId, FiledAt), kept to the pairs asked.
        if (partyMatters is not null)
            facts.AddRange(await ChunkedAsync(partyMatters, async chunk =>
            {
                var parties = chunk.Select(x => x.PartyId).Distinct().ToList();
                var wanted = chunk.ToHashSet();
                return (await Facts(q.Where(c => parties.Contains(c.PartyId))).ToListAsync(ct)).Where(f => wanted.Contains((f.PartyId, f.MatterId))).ToList();
            }));
        // A street has many: its cases of the chunk's matters (index StreetId, MatterId, FiledAt), kept to the pairs asked.
        if (streetMatters is not null)
            facts.AddRange(await ChunkedAsync(streetMatters, async chunk =>
            {
                var streets = chunk.Select(x => x.StreetId).Distinct().ToList();
                var matters = chunk.Select(x => x.MatterId).Distinct().ToList();
                var wanted = chunk.ToHashSet();
                return (await Facts(q.Where(c => streets.Contains(c.StreetId) && matters.Contains(c.MatterId))).ToListAsync(ct))
                    .Where(f => wanted.Contains((f.StreetId, f.MatterId))).ToList();
            }));
        return facts;
    }

    /// <summary>Orders past their deadline without a review; given orders by id whatever their state (a review clears it).</summary>
    public static Task<List<RectificationFact>> RectificationsAsync(SupervisionDbContext db, DateTime nowUtc, IReadOnlyCollection<int>? orderIds, CancellationToken ct)
    {
        var today = ChinaTime.DayOf(nowUtc);
        var q = db.RectificationOrders.AsNoTracking();
        Task<List<RectificationFact>> Facts(IQueryable<Domain.Rectifications.RectificationOrder> orders) => orders
            .Select(o => new RectificationFact(o.Id, o.AgencyId, o.PartyId, o.StreetId, o.Deadline, o.ReviewedAt, o.InspectionId, o.CaseId)).ToListAsync(ct);
        return orderIds is null
            ? Facts(q.Where(o => o.ReviewedAt == null && o.Deadline < today))
            : ChunkedAsync(orderIds, ids => Facts(q.Where(o => ids.Contains(o.Id))));
    }

    /// <summary>Enterprise inspections since <paramref name="fromUtc"/> with the inspecting agency's sector, and their parties' grades.</summary>
    public static async Task<InspectionSnapshot> InspectionsAsync(SupervisionDbContext db, DateTime fromUtc, int? partyId, CancellationToken ct)
    {
        var inspections = await EnterpriseInspections(db, fromUtc, partyId).ToListAsync(ct);
        var partyIds = inspections.Select(i => i.PartyId).Distinct().ToList();
        var parties = partyId is { } one
            ? await db.Parties.AsNoTracking().Where(p => p.Id == one).Select(p => new PartyFact(p.Id, p.CreditGrade, p.StreetId)).ToListAsync(ct)
            : await db.Parties.AsNoTracking().Where(p => p.Kind == PartyKind.Enterprise)
                .Select(p => new PartyFact(p.Id, p.CreditGrade, p.StreetId)).ToListAsync(ct);
        var wanted = partyIds.ToHashSet();
        return new InspectionSnapshot(inspections, await WithGradesAsync(db, parties.Where(p => wanted.Contains(p.Id)).ToList(), sweep: partyId is null, ct));
    }

    /// <summary>The same facts for a batch of parties (the evaluation of a burst of incoming inspections): one query, not one per party.</summary>
    public static async Task<InspectionSnapshot> InspectionsOfPartiesAsync(SupervisionDbContext db, DateTime fromUtc, IReadOnlyCollection<int> partyIds, CancellationToken ct)
    {
        var inspections = await EnterpriseInspections(db, fromUtc, null, partyIds: partyIds).ToListAsync(ct);
        var parties = await db.Parties.AsNoTracking().Where(p => partyIds.Contains(p.Id)).Select(p => new PartyFact(p.Id, p.CreditGrade, p.StreetId)).ToListAsync(ct);
        var wanted = inspections.Select(i => i.PartyId).ToHashSet();
        return new InspectionSnapshot(inspections, await WithGradesAsync(db, parties.Where(p => wanted.Contains(p.Id)).ToList(), sweep: false, ct));
    }

    /// <summary>
    /// The parties with their dated credit grades, ordered by effective day then receipt (<see cref="CreditGrades.On"/>).
    /// A sweep reads the whole (small) history table rather than naming thousands of parties.
    /// </summary>
    private static async Task<List<PartyFact>> WithGradesAsync(SupervisionDbContext db, List<PartyFact> parties, bool sweep, CancellationToken ct)
    {
        var ids = parties.Select(p => p.Id).ToList();
        var q = db.CreditGrades.AsNoTracking();
        if (!sweep) q = q.Where(g => ids.Contains(g.PartyId));
        var history = (await q.OrderBy(g => g.EffectiveOn).ThenBy(g => g.Id)
                .Select(g => new { g.PartyId, Change = new CreditGradeChange(g.Grade, g.EffectiveOn, g.Source, g.GradeBefore) }).ToListAsync(ct))
            .ToLookup(g => g.PartyId, g => g.Change);
        return [.. parties.Select(p => history.Contains(p.Id) ? p with { Grades = history[p.Id].ToList() } : p)];
    }

    public static Task<List<InspectionFact>> PreFilingAsync(SupervisionDbContext db, DateTime fromUtc, int? inspectionId, CancellationToken ct)
    {
        return EnterpriseInspections(db, fromUtc, null, inspectionId, byReceipt: true).ToListAsync(ct);
    }

    public static Task<List<InspectionFact>> PreFilingOfAsync(SupervisionDbContext db, DateTime fromUtc, IReadOnlyCollection<int> inspectionIds, CancellationToken ct) =>
        EnterpriseInspections(db, fromUtc, null, inspectionIds: inspectionIds, byReceipt: true).ToListAsync(ct);

    private static IQueryable<InspectionFact> EnterpriseInspections(SupervisionDbContext db, DateTime fromUtc, int? partyId, int? inspectionId = null,
        IReadOnlyCollection<int>? partyIds = null, IReadOnlyCollection<int>? inspectionIds = null, bool byReceipt = false)
    {
        // byReceipt: also what was received in the window, however long ago it happened (a late report is still judged).
        var q = byReceipt
            ? db.Inspections.AsNoTracking().Where(i => i.StartedAt >= fromUtc || i.ReceivedAt >= fromUtc)
            : db.Inspections.AsNoTracking().Where(i => i.StartedAt >= fromUtc);
        if (partyId is { } p) q = q.Where(i => i.PartyId == p);
        if (inspectionId is { } id) q = q.Where(i => i.Id == id);
        if (partyIds is not null) q = q.Where(i => partyIds.Contains(i.PartyId));
        if (inspectionIds is not null) q = q.Where(i => inspectionIds.Contains(i.Id));
        return from i in q
            join a in db.Agencies on i.AgencyId equals a.Id
            join party in db.Parties on i.PartyId equals party.Id
            where party.Kind == PartyKind.Enterprise
            select new InspectionFact(i.Id, i.AgencyId, a.Sector, i.PartyId, i.Kind, i.StartedAt, i.PreFiledAt, i.StreetId, i.JointReference, i.PreFilingReceivedAt, i.ReceivedAt);
    }

    /// <summary>Evidence taken or received since <paramref name="fromUtc"/>, of every case or of the given ones, with its officers.</summary>
    public static async Task<EvidenceSnapshot> EvidenceAsync(SupervisionDbContext db, DateTime fromUtc, IReadOnlyCollection<int>? caseIds, CancellationToken ct)
    {
        if (caseIds is null) return await EvidenceOfAsync(db, fromUtc, null, ct);
        var each = new List<EvidenceSnapshot>();
        foreach (var chunk in caseIds.Distinct().Chunk(InChunk)) each.Add(await EvidenceOfAsync(db, fromUtc, chunk, ct));
        // Chunks hold different cases; an officer of cases in two chunks is named once.
        return each.Count == 1 ? each[0] : new EvidenceSnapshot([.. each.SelectMany(s => s.Evidence)], [.. each.SelectMany(s => s.Officers).DistinctBy(o => o.Id)]);
    }

    private static async Task<EvidenceSnapshot> EvidenceOfAsync(SupervisionDbContext db, DateTime fromUtc, int[]? asked, CancellationToken ct)
    {
        // Also what was received in the window: evidence reported late is still judged.
        var stages = db.CaseStages.AsNoTracking().Where(s => s.Stage == CaseStage.Evidence && (s.OccurredAt >= fromUtc || s.ReceivedAt >= fromUtc));
        // Asked for a few cases, the window is applied after reading them by case: with it in SQL, SQLite read the whole
        // window's evidence by the (Stage, time) indexes and then picked the cases (tens of ms for one incoming case).
        var rows = asked is null
            ? await (from s in stages
                    join c in db.Cases on s.CaseId equals c.Id
                    select new { s.CaseId, c.Number, c.AgencyId, c.StreetId, s.OccurredAt, s.ReceivedAt })
                .ToListAsync(ct)
            : (await (from s in db.CaseStages.AsNoTracking()
                    where asked.Contains(s.CaseId) && s.Stage == CaseStage.Evidence
                    join c in db.Cases on s.CaseId equals c.Id
                    select new { s.CaseId, c.Number, c.AgencyId, c.StreetId, s.OccurredAt, s.ReceivedAt })
                .ToListAsync(ct))
                .Where(s => s.OccurredAt >= fromUtc || s.ReceivedAt >= fromUtc).ToList();
        var caseIds = rows.Select(r => r.CaseId).ToHashSet();
        var links = asked is not null
            ? await db.CaseOfficers.AsNoTracking().Where(o => asked.Contains(o.CaseId)).Select(o => new { o.CaseId, o.OfficerId }).ToListAsync(ct)
            : await (from o in db.CaseOfficers.AsNoTracking()
                join s in stages on o.CaseId equals s.CaseId
                select new { o.CaseId, o.OfficerId }).ToListAsync(ct);
        var officersOf = links.Where(l => caseIds.Contains(l.CaseId)).GroupBy(l => l.CaseId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.Select(l => l.OfficerId).Distinct().Order().ToList());
        var evidence = rows.Select(r => new EvidenceFact(r.CaseId, r.Number, r.AgencyId, r.StreetId, r.OccurredAt, officersOf.GetValueOrDefault(r.CaseId) ?? [], r.ReceivedAt))
            .ToList();
        var officerIds = officersOf.Values.SelectMany(o => o).ToHashSet();
        var officers = asked is null
            ? await Officers(db.Officers).ToListAsync(ct)
            : await ChunkedAsync(officerIds, ids => Officers(db.Officers.Where(o => ids.Contains(o.Id))).ToListAsync(ct));
        return new EvidenceSnapshot(evidence, officers.Where(o => officerIds.Contains(o.Id)).ToList());
    }

    public static Task<List<CompulsoryFact>> CompulsoryAsync(SupervisionDbContext db, DateTime fromUtc, IReadOnlyCollection<int>? measureIds, CancellationToken ct)
    {
        // Also what was received in the window: an execution at night reported 60 days later is still judged.
        var q = db.CompulsoryMeasures.AsNoTracking().Where(m => m.StartedAt >= fromUtc || m.ReceivedAt >= fromUtc);
        Task<List<CompulsoryFact>> Facts(IQueryable<Domain.CompulsoryMeasures.CompulsoryMeasure> measures) => measures
            .Select(m => new CompulsoryFact(m.Id, m.AgencyId, m.PartyId, m.StreetId, m.Kind, m.StartedAt, m.EndedAt, m.IsEmergency, m.CaseId, m.ReceivedAt))
            .ToListAsync(ct);
        return measureIds is null ? Facts(q) : ChunkedAsync(measureIds, ids => Facts(q.Where(m => ids.Contains(m.Id))));
    }

    /// <summary>Complaints past their deadline and not handled; given complaints by id whatever their state (handling clears it).</summary>
    public static Task<List<ComplaintFact>> ComplaintsAsync(SupervisionDbContext db, DateTime nowUtc, IReadOnlyCollection<int>? complaintIds, CancellationToken ct)
    {
        var q = db.Complaints.AsNoTracking();
        Task<List<ComplaintFact>> Facts(IQueryable<Domain.Complaints.Complaint> complaints) => complaints
            .Select(c => new ComplaintFact(c.Id, c.AgencyId, c.OfficerId, c.StreetId, c.Channel, c.ReceivedAt, c.Deadline, c.HandledAt)).ToListAsync(ct);
        return complaintIds is null
            ? Facts(q.Where(c => c.HandledAt == null && c.Deadline < nowUtc))
            : ChunkedAsync(complaintIds, ids => Facts(q.Where(c => ids.Contains(c.Id))));
    }

    /// <summary>Notices owing a reply past their deadline day; given notices by id whatever their state (a reply or closing clears it).</summary>
    public static Task<List<NoticeFact>> NoticesAsync(SupervisionDbContext db, DateTime nowUtc, IReadOnlyCollection<int>? noticeIds, CancellationToken ct)
    {
        var today = ChinaTime.DayOf(nowUtc);
        var q = db.Notices.AsNoTracking();
        Task<List<NoticeFact>> Facts(IQueryable<SupervisionNotice> notices) => notices
            .Select(n => new NoticeFact(n.Id, n.Number, n.AgencyId, n.Status == NoticeStatus.Issued || n.Status == NoticeStatus.SentBack,
                n.Status == NoticeStatus.SentBack, n.ReplyDeadline))
            .ToListAsync(ct);
        return noticeIds is null
            ? Facts(q.Where(n => (n.Status == NoticeStatus.Issued || n.Status == NoticeStatus.SentBack) && n.ReplyDeadline < today))
            : ChunkedAsync(noticeIds, ids => Facts(q.Where(n => ids.Contains(n.Id))));
    }

    public static Task<List<OfficerFact>> OfficersAsync(SupervisionDbContext db, CancellationToken ct) => Officers(db.Officers).ToListAsync(ct);

    private static IQueryable<OfficerFact> Officers(IQueryable<Domain.Officers.Officer> officers) =>
        officers.AsNoTracking().Select(o => new OfficerFact(o.Id, o.AgencyId, o.Name, o.CertificateExpiresOn, o.TrainingYear, o.TrainingHours));
}

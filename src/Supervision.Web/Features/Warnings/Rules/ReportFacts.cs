using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Cases;
using Supervision.Domain.Warnings;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>The late-reporting rule's facts: records received late, for a sweep or for the agencies and days a burst touched.</summary>
public static class ReportFacts
{
    private static readonly CaseStage[] AllStages = Enum.GetValues<CaseStage>();

    /// <summary>
    /// Records received since <paramref name="fromUtc"/> more than three calendar days after their act (no fewer calendar
    /// than working days pass, so every late one is among them), all agencies' or the given ones'. The act: an inspection's end
    /// (its start if open), a case's filing, an order's issue, a measure's start. The evaluation of a burst passes the
    /// agencies it touched and, as <paramref name="fromUtc"/>, the first day it touched: a day's warning reads that day's receipts only.
    /// </summary>
    public static async Task<List<ReportFact>> LoadAsync(SupervisionDbContext db, DateTime fromUtc, IReadOnlyCollection<int>? agencyIds, CancellationToken ct)
    {
        var facts = new List<ReportFact>();
        var inspections = db.Inspections.AsNoTracking().Where(i => i.ReceivedAt >= fromUtc && i.ReceivedAt > (i.EndedAt ?? i.StartedAt).AddDays(3));
        var cases = db.Cases.AsNoTracking().Where(c => c.ReceivedAt >= fromUtc && c.ReceivedAt > c.FiledAt.AddDays(3));
        var orders = db.RectificationOrders.AsNoTracking().Where(o => o.ReceivedAt >= fromUtc && o.ReceivedAt > o.IssuedAt.AddDays(3));
        var measures = db.CompulsoryMeasures.AsNoTracking().Where(m => m.ReceivedAt >= fromUtc && m.ReceivedAt > m.StartedAt.AddDays(3));
        facts.AddRange(await inspections.Select(i => new ReportFact(RecordKind.Inspection, i.Id, i.AgencyId, i.EndedAt ?? i.StartedAt, i.ReceivedAt)).ToListAsync(ct));
        facts.AddRange(await cases.Select(c => new ReportFact(RecordKind.Case, c.Id, c.AgencyId, c.FiledAt, c.ReceivedAt)).ToListAsync(ct));
        // A stage sent after the case (the decision weeks later) is reported when it arrives, and judged by its own act.
        facts.AddRange(await (
                from s in db.CaseStages.AsNoTracking()
                // Every stage, named so that SQLite reads the receipts of the window by the index (Stage, ReceivedAt) instead of every stage.
                where AllStages.Contains(s.Stage) && s.ReceivedAt >= fromUtc && s.ReceivedAt > s.OccurredAt.AddDays(3)
                join c in db.Cases on s.CaseId equals c.Id
                where s.ReceivedAt > c.ReceivedAt
                select new ReportFact(RecordKind.Case, c.Id, c.AgencyId, s.OccurredAt, s.ReceivedAt!.Value, s.Stage))
            .ToListAsync(ct));
        facts.AddRange(await orders.Select(o => new ReportFact(RecordKind.RectificationOrder, o.Id, o.AgencyId, o.IssuedAt, o.ReceivedAt)).ToListAsync(ct));
        facts.AddRange(await measures.Select(m => new ReportFact(RecordKind.CompulsoryMeasure, m.Id, m.AgencyId, m.StartedAt, m.ReceivedAt)).ToListAsync(ct));
        // The agencies are kept here, not in SQL: told "this agency", SQLite read all of its records by the agency's index
        // (most of a year's inspections for a large one, ~0.8 s a burst on the jinan profile) instead of the window's receipts.
        if (agencyIds is null) return facts;
        var agencies = agencyIds.ToHashSet();
        return [.. facts.Where(f => agencies.Contains(f.AgencyId))];
    }
}

using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Warnings;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>
/// The records a burst of touches names, with what the bindings map them by: loaded once for all rules (the parties of
/// the inspections, the party, matter and street of the cases), one query per kind, not one per record and rule.
/// A touched inspection or case that no longer exists reaches no subject.
/// </summary>
public sealed class TouchedRecords
{
    public sealed record Inspection(int Id, int PartyId);

    public sealed record Case(int Id, int PartyId, int MatterId, int StreetId);

    /// <summary>Who reported a touched record and on which Shanghai day the center first received it.</summary>
    public sealed record Receipt(RecordKind Kind, int Id, int AgencyId, DateOnly ReceivedOn);

    private readonly ILookup<RecordKind, int> _ids;

    private TouchedRecords(ILookup<RecordKind, int> ids, IReadOnlyList<Inspection> inspections, IReadOnlyList<Case> cases, IReadOnlyList<Receipt> receipts)
    {
        _ids = ids;
        Inspections = inspections;
        Cases = cases;
        Receipts = receipts;
    }

    public IReadOnlyList<Inspection> Inspections { get; }

    public IReadOnlyList<Case> Cases { get; }

    /// <summary>The touched records an agency reports (inspections, cases, orders, measures) by agency and day of receipt.</summary>
    public IReadOnlyList<Receipt> Receipts { get; }

    /// <summary>The touched records' ids of one kind, in the order they came, each once.</summary>
    public IEnumerable<int> Ids(RecordKind kind) => _ids[kind];

    public static async Task<TouchedRecords> LoadAsync(SupervisionDbContext db, IEnumerable<RecordTouch> touches, CancellationToken ct)
    {
        var ids = touches.Distinct().ToLookup(t => t.Kind, t => t.Id);
        var inspectionIds = ids[RecordKind.Inspection].ToList();
        var inspections = inspectionIds.Count == 0 ? [] : await db.Inspections.AsNoTracking().Where(i => inspectionIds.Contains(i.Id))
            .Select(i => new Inspection(i.Id, i.PartyId)).ToDictionaryAsync(i => i.Id, ct);
        var caseIds = ids[RecordKind.Case].ToList();
        var cases = caseIds.Count == 0 ? [] : await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new Case(c.Id, c.PartyId, c.MatterId, c.StreetId)).ToDictionaryAsync(c => c.Id, ct);
        var receipts = new List<(RecordKind Kind, int Id, int AgencyId, DateTime ReceivedAt)>();
        if (inspectionIds.Count > 0)
            receipts.AddRange((await db.Inspections.AsNoTracking().Where(i => inspectionIds.Contains(i.Id)).Select(i => new { i.Id, i.AgencyId, i.ReceivedAt })
                .ToListAsync(ct)).Select(r => (RecordKind.Inspection, r.Id, r.AgencyId, r.ReceivedAt)));
        if (caseIds.Count > 0)
            // A case's later stages are reports of their own, received on the day the case was sent again.
            receipts.AddRange((await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
                    .Select(c => new { c.Id, c.AgencyId, c.ReceivedAt, Stage = db.CaseStages.Where(s => s.CaseId == c.Id).Max(s => s.ReceivedAt) })
                    .ToListAsync(ct))
                .SelectMany(r => new[] { r.ReceivedAt, r.Stage ?? r.ReceivedAt }.Distinct().Select(at => (RecordKind.Case, r.Id, r.AgencyId, at))));
        var orderIds = ids[RecordKind.RectificationOrder].ToList();
        if (orderIds.Count > 0)
            receipts.AddRange((await db.RectificationOrders.AsNoTracking().Where(o => orderIds.Contains(o.Id)).Select(o => new { o.Id, o.AgencyId, o.ReceivedAt })
                .ToListAsync(ct)).Select(r => (RecordKind.RectificationOrder, r.Id, r.AgencyId, r.ReceivedAt)));
        var measureIds = ids[RecordKind.CompulsoryMeasure].ToList();
        if (measureIds.Count > 0)
            receipts.AddRange((await db.CompulsoryMeasures.AsNoTracking().Where(m => measureIds.Contains(m.Id)).Select(m => new { m.Id, m.AgencyId, m.ReceivedAt })
                .ToListAsync(ct)).Select(r => (RecordKind.CompulsoryMeasure, r.Id, r.AgencyId, r.ReceivedAt)));
        return new TouchedRecords(ids,
            [.. inspectionIds.Where(inspections.ContainsKey).Select(id => inspections[id])],
            [.. caseIds.Where(cases.ContainsKey).Select(id => cases[id])],
            [.. receipts.Select(r => new Receipt(r.Kind, r.Id, r.AgencyId, ChinaTime.DayOf(r.ReceivedAt)))]);
    }
}

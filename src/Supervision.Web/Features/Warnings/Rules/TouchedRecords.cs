using Microsoft.EntityFrameworkCore;
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

    private readonly ILookup<RecordKind, int> _ids;

    private TouchedRecords(ILookup<RecordKind, int> ids, IReadOnlyList<Inspection> inspections, IReadOnlyList<Case> cases)
    {
        _ids = ids;
        Inspections = inspections;
        Cases = cases;
    }

    public IReadOnlyList<Inspection> Inspections { get; }

    public IReadOnlyList<Case> Cases { get; }

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
        return new TouchedRecords(ids,
            [.. inspectionIds.Where(inspections.ContainsKey).Select(id => inspections[id])],
            [.. caseIds.Where(cases.ContainsKey).Select(id => cases[id])]);
    }
}

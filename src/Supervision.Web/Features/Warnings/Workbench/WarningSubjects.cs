using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Warnings;
using Supervision.Web.Components.Shared;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Warnings.Workbench;

/// <summary>
/// The short human label of what each warning is about (<see cref="WarningSubject"/>): the enterprise (for an
/// inspection, a rectification order or a compulsory measure, the party it was against), the case number, the
/// officer, the agency, the district and street, the notice number. One query per kind for a page of warnings, through
/// the reader's own context: what a liaison may not see is not named (the label stays empty).
/// </summary>
public static class WarningSubjects
{
    public static async Task<Dictionary<string, string>> LabelsAsync(SupervisionDbContext db, IEnumerable<string> subjectKeys, CancellationToken ct)
    {
        var subjects = subjectKeys.Distinct().Select(k => (Key: k, Subject: WarningSubject.Of(k))).Where(s => s.Subject is not null)
            .Select(s => (s.Key, Subject: s.Subject!.Value)).ToList();
        List<int> Ids(SubjectKind kind) => [.. subjects.Where(s => s.Subject.Kind == kind).Select(s => s.Subject.Id).Distinct()];

        // Records whose subject is better named by the party they concern.
        var inspections = Ids(SubjectKind.Inspection);
        var orders = Ids(SubjectKind.RectificationOrder);
        var measures = Ids(SubjectKind.CompulsoryMeasure);
        var partyOf = new Dictionary<(SubjectKind, int), int>();
        if (inspections.Count > 0)
            foreach (var i in await db.Inspections.AsNoTracking().Where(i => inspections.Contains(i.Id)).Select(i => new { i.Id, i.PartyId }).ToListAsync(ct))
                partyOf[(SubjectKind.Inspection, i.Id)] = i.PartyId;
        if (orders.Count > 0)
            foreach (var o in await db.RectificationOrders.AsNoTracking().Where(o => orders.Contains(o.Id)).Select(o => new { o.Id, o.PartyId }).ToListAsync(ct))
                partyOf[(SubjectKind.RectificationOrder, o.Id)] = o.PartyId;
        if (measures.Count > 0)
            foreach (var m in await db.CompulsoryMeasures.AsNoTracking().Where(m => measures.Contains(m.Id)).Select(m => new { m.Id, m.PartyId }).ToListAsync(ct))
                partyOf[(SubjectKind.CompulsoryMeasure, m.Id)] = m.PartyId;

        var wanted = new HashSet<(NameKind, int)>();
        foreach (var (_, s) in subjects)
        {
            if (Named(s) is { } name) wanted.Add(name);
            else if (partyOf.TryGetValue((s.Kind, s.Id), out var party)) wanted.Add((NameKind.Party, party));
        }
        var names = wanted.Count == 0 ? [] : await WarningNames.NamesAsync(db, wanted, ct);

        var labels = new Dictionary<string, string>();
        foreach (var (key, s) in subjects)
        {
            var label = s.Kind == SubjectKind.Year ? UiText.Format("Warnings.Subject.Year", s.Id)
                : Named(s) is { } name ? names.GetValueOrDefault(name)
                : partyOf.TryGetValue((s.Kind, s.Id), out var party) ? names.GetValueOrDefault((NameKind.Party, party))
                : null;
            if (label is not null) labels[key] = label;
        }
        return labels;
    }

    private static (NameKind, int)? Named(WarningSubject s) => s.Kind switch
    {
        SubjectKind.Party => (NameKind.Party, s.Id),
        SubjectKind.Case => (NameKind.Case, s.Id),
        SubjectKind.Officer => (NameKind.Officer, s.Id),
        SubjectKind.Agency => (NameKind.Agency, s.Id),
        SubjectKind.Street => (NameKind.Street, s.Id),
        SubjectKind.Complaint => (NameKind.Complaint, s.Id),
        SubjectKind.Notice => (NameKind.Notice, s.Id),
        _ => null,
    };
}

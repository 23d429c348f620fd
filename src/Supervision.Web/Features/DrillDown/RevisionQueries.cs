using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.DrillDown;

/// <summary>
/// A record's history (its revisions), newest first, as the record pages (case, inspection, order, measure, complaint) show it;
/// a liaison sees its own agency's only.
/// </summary>
public sealed class RevisionQueries(UserDb userDb, ReferenceData reference)
{
    public async Task<IReadOnlyList<RevisionView>> ListAsync(RecordKind kind, int recordId, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var rows = await db.RecordRevisions.AsNoTracking().Where(r => r.Kind == kind && r.RecordId == recordId)
            .OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id).ToListAsync(ct);
        var changes = rows.Select(r => (Row: r, Changes: RevisionCapture.Read(r.Changes))).ToList();
        var wanted = changes.SelectMany(c => c.Changes)
            .Where(c => RevisionTerms.RecordFields.Contains(c.Field))
            .SelectMany(c => new[] { c.Old, c.New }.OfType<string>().Select(v => (c.Field, Value: v)))
            .ToHashSet();
        var terms = new RevisionTerms(reference, await NamesAsync(db, wanted, ct));
        return [.. changes.Select(c => new RevisionView(c.Row.ReceivedAt, c.Row.Source, c.Row.Reason, [.. c.Changes.Select(f => terms.View(kind, f))]))];
    }

    /// <summary>Names for the record numbers in the revisions, through the scoped context: another agency's record stays unnamed.</summary>
    private static async Task<Dictionary<(string, string), string>> NamesAsync(Data.SupervisionDbContext db, HashSet<(string Field, string Value)> wanted,
        CancellationToken ct)
    {
        int[] Ids(string field) => [.. wanted.Where(w => w.Field == field)
            .Select(w => int.TryParse(w.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0)];
        var names = new Dictionary<(string, string), string>();
        void Add(string field, int id, string name) => names[(field, id.ToString(CultureInfo.InvariantCulture))] = name;
        var parties = Ids("PartyId");
        foreach (var p in await db.Parties.AsNoTracking().Where(p => parties.Contains(p.Id)).Select(p => new { p.Id, p.Kind, p.Name }).ToListAsync(ct))
            Add("PartyId", p.Id, PersonalData.Display(p.Kind, p.Name));
        var cases = Ids("CaseId");
        foreach (var c in await db.Cases.AsNoTracking().Where(c => cases.Contains(c.Id)).Select(c => new { c.Id, c.Number }).ToListAsync(ct))
            Add("CaseId", c.Id, c.Number);
        var inspections = Ids("InspectionId");
        foreach (var i in await db.Inspections.AsNoTracking().Where(i => inspections.Contains(i.Id)).Select(i => new { i.Id, i.ExternalId, i.StartedAt }).ToListAsync(ct))
            Add("InspectionId", i.Id, $"{RecordTerms.Local(i.StartedAt)} {i.ExternalId}");
        var officers = Ids("OfficerId");
        foreach (var o in await db.Officers.AsNoTracking().Where(o => officers.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            Add("OfficerId", o.Id, o.Name);
        return names;
    }
}

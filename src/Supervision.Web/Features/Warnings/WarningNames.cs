using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Complaints;
using Supervision.Domain.CompulsoryMeasures;
using Supervision.Domain.Geography;
using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;
using Supervision.Web.Components.Shared;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Warnings;

/// <summary>
/// Writes names in place of the rules' placeholders (<see cref="Named"/>) before findings are stored: the enterprise and
/// its unified credit code, the case's document number, the officer and certificate, the street by district and name,
/// the agency's own record number. Warning text is always Chinese (it goes into notices and webhooks as it is); a
/// natural person's name is masked, as on every shared screen. One query per kind of name per run, whatever the count.
/// </summary>
public static class WarningNames
{
    private const int Chunk = 500;
    /// <summary>The columns' lengths (WarningConfiguration): a long name list is cut with “…” rather than failing the sweep on PostgreSQL.</summary>
    private const int TitleLength = 400, DetailLength = 1000;

    private static string Fit(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    public static async Task<IReadOnlyList<WarningFinding>> RenderAsync(SupervisionDbContext db, IReadOnlyList<WarningFinding> findings, CancellationToken ct)
    {
        var wanted = findings.SelectMany(f => Named.In(f.Title).Concat(Named.In(f.Detail))).ToHashSet();
        if (wanted.Count == 0) return findings;
        var names = await NamesAsync(db, wanted, ct);
        string? Name(NameKind kind, int id) => names.GetValueOrDefault((kind, id));
        return [.. findings.Select(f => f with { Title = Fit(Named.Render(f.Title, Name), TitleLength), Detail = Fit(Named.Render(f.Detail, Name), DetailLength) })];
    }

    /// <summary>
    /// The names of these things as the context can see them: through a liaison's scoped context another agency's
    /// records are not named (absent from the answer).
    /// </summary>
    public static async Task<Dictionary<(NameKind, int), string>> NamesAsync(SupervisionDbContext db, HashSet<(NameKind Kind, int Id)> wanted,
        CancellationToken ct)
    {
        List<int> Ids(params NameKind[] kinds) => [.. wanted.Where(w => kinds.Contains(w.Kind)).Select(w => w.Id).Distinct()];
        var names = new Dictionary<(NameKind, int), string>();

        var measures = await ChunkedAsync(Ids(NameKind.Measure), ids => db.CompulsoryMeasures.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, m.AgencyId, m.PartyId, m.Kind, m.StartedAt, m.ExternalId }), ct);
        var inspections = await ChunkedAsync(Ids(NameKind.Inspection), ids => db.Inspections.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.AgencyId, i.PartyId, i.Kind, i.StartedAt, i.ExternalId }), ct);
        var orders = await ChunkedAsync(Ids(NameKind.Order), ids => db.RectificationOrders.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.AgencyId, o.PartyId, o.IssuedAt, o.ExternalId }), ct);

        var partyIds = Ids(NameKind.Party, NameKind.PartyWithCode)
            .Concat(measures.Select(m => m.PartyId)).Concat(inspections.Select(i => i.PartyId)).Concat(orders.Select(o => o.PartyId)).Distinct().ToList();
        var parties = (await ChunkedAsync(partyIds, ids => db.Parties.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Kind, p.Name, p.CreditCode }), ct)).ToDictionary(p => p.Id);
        foreach (var p in parties.Values)
        {
            var shown = PersonalData.Display(p.Kind, p.Name);
            names[(NameKind.Party, p.Id)] = shown;
            names[(NameKind.PartyWithCode, p.Id)] = p.Kind == PartyKind.Enterprise && !string.IsNullOrEmpty(p.CreditCode) ? $"{shown}（统一社会信用代码{p.CreditCode}）" : shown;
        }
        string PartyName(int id) => parties.TryGetValue(id, out var p) ? PersonalData.Display(p.Kind, p.Name) : "（已删除的当事人）";

        var agencyIds = Ids(NameKind.Agency).Concat(measures.Select(m => m.AgencyId)).Concat(inspections.Select(i => i.AgencyId))
            .Concat(orders.Select(o => o.AgencyId)).Distinct().ToList();
        var agencies = (await ChunkedAsync(agencyIds, ids => db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Name }), ct))
            .ToDictionary(a => a.Id, a => a.Name);
        foreach (var (id, name) in agencies) names[(NameKind.Agency, id)] = name;
        string AgencyName(int id) => agencies.GetValueOrDefault(id) ?? "";

        foreach (var i in inspections)
            names[(NameKind.Inspection, i.Id)] = $"{AgencyName(i.AgencyId)}{ChineseDates.Day(i.StartedAt)}对{PartyName(i.PartyId)}的"
                + $"{UiText.Chinese($"InspectionKind.{i.Kind}")}（记录号{i.ExternalId}）";
        foreach (var m in measures)
            names[(NameKind.Measure, m.Id)] = $"{AgencyName(m.AgencyId)}对{PartyName(m.PartyId)}的{Chinese(m.Kind)}（记录号{m.ExternalId}）";
        foreach (var o in orders)
            names[(NameKind.Order, o.Id)] = $"{AgencyName(o.AgencyId)}{ChineseDates.Day(o.IssuedAt)}向{PartyName(o.PartyId)}下达的责令整改（记录号{o.ExternalId}）";

        foreach (var c in await ChunkedAsync(Ids(NameKind.Case), ids => db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id))
                     .Select(c => new { c.Id, c.Number }), ct))
            names[(NameKind.Case, c.Id)] = c.Number;
        foreach (var m in await ChunkedAsync(Ids(NameKind.Matter), ids => db.Matters.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.Name }), ct))
            // The reference lists write some names with half-width punctuation (专(兼)职, 便溺，乱扔); warning text is Chinese throughout.
            names[(NameKind.Matter, m.Id)] = m.Name.Replace('(', '（').Replace(')', '）').Replace(',', '，').Replace(';', '；').Replace(':', '：');
        var officerIds = Ids(NameKind.Officer, NameKind.OfficerWithCertificate, NameKind.Certificate);
        foreach (var o in await ChunkedAsync(officerIds, ids => db.Officers.AsNoTracking().Where(o => ids.Contains(o.Id))
                     .Select(o => new { o.Id, o.Name, o.CertificateNumber }), ct))
        {
            names[(NameKind.Officer, o.Id)] = o.Name;
            names[(NameKind.OfficerWithCertificate, o.Id)] = $"{o.Name}（执法证号{o.CertificateNumber}）";
            names[(NameKind.Certificate, o.Id)] = o.CertificateNumber;
        }
        foreach (var c in await ChunkedAsync(Ids(NameKind.Complaint), ids => db.Complaints.AsNoTracking().Where(c => ids.Contains(c.Id))
                     .Select(c => new { c.Id, c.Channel, c.ReceivedAt, c.ExternalId }), ct))
            names[(NameKind.Complaint, c.Id)] = $"{ChineseDates.Day(c.ReceivedAt)}受理的{Chinese(c.Channel)}投诉（记录号{c.ExternalId}）";
        foreach (var n in await ChunkedAsync(Ids(NameKind.Notice), ids => db.Notices.AsNoTracking().Where(n => ids.Contains(n.Id))
                     .Select(n => new { n.Id, n.Number, n.Title }), ct))
            names[(NameKind.Notice, n.Id)] = n.Number is { } number ? $"监督文书{number}" : $"监督文书（草稿）《{n.Title}》";

        var streetIds = Ids(NameKind.Street);
        if (streetIds.Count > 0)
        {
            var regions = await db.Regions.AsNoTracking().Select(r => new { r.Id, r.Name, r.Kind, r.ParentId }).ToDictionaryAsync(r => r.Id, ct);
            foreach (var id in streetIds.Where(regions.ContainsKey))
            {
                var street = regions[id];
                var district = street.ParentId is { } parent && regions.TryGetValue(parent, out var d) && d.Kind == RegionKind.District ? d.Name : "";
                names[(NameKind.Street, id)] = district + street.Name;
            }
        }
        foreach (var (kind, id) in wanted.Where(w => w.Kind == NameKind.Sector))
            names[(kind, id)] = UiText.Chinese($"Sector.{(Domain.Agencies.Sector)id}");
        return names;
    }

    private static string Chinese(CompulsoryKind kind) => kind switch
    {
        CompulsoryKind.Seizure => "查封",
        CompulsoryKind.Detention => "扣押",
        CompulsoryKind.ForcedDemolition => "强制拆除",
        _ => "强制执行",
    };

    private static string Chinese(ComplaintChannel channel) => channel == ComplaintChannel.Hotline12345 ? "12345热线" : "码上监督";

    private static async Task<List<T>> ChunkedAsync<T>(List<int> ids, Func<int[], IQueryable<T>> query, CancellationToken ct)
    {
        var all = new List<T>();
        foreach (var chunk in ids.Chunk(Chunk)) all.AddRange(await query(chunk).ToListAsync(ct));
        return all;
    }
}

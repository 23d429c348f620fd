using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Agencies;
using Supervision.Domain.Calendar;
using Supervision.Domain.Geography;
using Supervision.Domain.Inspections;
using Supervision.Domain.Parties;
using Supervision.Domain.Validation;
using Supervision.Web.Data;
using Supervision.Web.Features.Activity;
using Supervision.Web.Features.Seeding;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// Validates and stores one record from an agency system, in its own transaction: a rejected record leaves nothing
/// behind. The same id with the same content changes nothing; with new content it updates what the domain lets change
/// and answers a conflict otherwise. Every accepted change is published to the activity feed after it commits.
/// </summary>
public sealed partial class RecordWriter(IDbContextFactory<SupervisionDbContext> factory, ReferenceData reference, ActivityFeed feed, TimeProvider time)
{
    private readonly Dictionary<string, Agency> _agencies = reference.Agencies.ToDictionary(a => a.Code);
    private readonly Dictionary<int, Agency> _agencyById = reference.Agencies.ToDictionary(a => a.Id);
    private readonly Dictionary<string, Region> _streets = reference.Streets.ToDictionary(s => s.Code);
    private readonly Dictionary<int, Region> _regionById = reference.Regions.ToDictionary(r => r.Id);

    public Task<RecordOutcome> WriteAsync(KeyOwner owner, RecordIn? record, CancellationToken ct = default) => record switch
    {
        InspectionIn inspection => WriteInspectionAsync(owner, inspection, ct),
        CaseIn c => WriteCaseAsync(owner, c, ct),
        RectificationIn o => WriteRectificationAsync(owner, o, ct),
        ComplaintIn c => WriteComplaintAsync(owner, c, ct),
        MeasureIn m => WriteMeasureAsync(owner, m, ct),
        null => Task.FromResult(Rejected(null, new FieldError("record", "记录为空。"))),
        _ => Task.FromResult(Rejected(record.Id, new FieldError("type", "不支持的记录类型。"))),
    };

    /// <summary>Several records, each accepted or rejected on its own; the outcomes are in the records' order.</summary>
    public async Task<IReadOnlyList<RecordOutcome>> WriteBatchAsync(KeyOwner owner, IReadOnlyList<RecordIn?> records, CancellationToken ct = default)
    {
        var outcomes = new List<RecordOutcome>(records.Count);
        foreach (var record in records) outcomes.Add(await WriteAsync(owner, record, ct));
        return outcomes;
    }

    private async Task<RecordOutcome> WriteInspectionAsync(KeyOwner owner, InspectionIn r, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var errors = new List<FieldError>();
        var agency = ResolveAgency(owner, r, errors);
        RequireId(r.Id, errors);
        var kind = ParseEnum<InspectionKind>(r.Kind, "kind", errors, required: true);
        var result = ParseEnum<InspectionResult>(r.Result, "result", errors, required: false) ?? InspectionResult.NothingFound;
        var started = Instant(r.StartedAt, "startedAt", now, errors, required: true);
        var ended = Instant(r.EndedAt, "endedAt", now, errors, required: false);
        var preFiled = Instant(r.PreFiledAt, "preFiledAt", now, errors, required: false);
        if (started is { } s && ended is { } e && e < s) errors.Add(new("endedAt", "结束时间早于开始时间。"));
        if (started is { } s2 && preFiled is { } p && p > s2) errors.Add(new("preFiledAt", "报备时间晚于检查开始时间。"));
        if (kind == InspectionKind.Joint && string.IsNullOrWhiteSpace(r.JointReference)) errors.Add(new("jointReference", "联合检查须填写联合检查编号。"));
        var (street, point) = ResolvePlace(r.StreetCode, r.Location, errors);
        var party = ValidateParty(r.Party, errors, enterpriseOnly: true);
        if (r.Officers is not { Count: > 0 }) errors.Add(new("officers", "至少填写一名执法人员的执法证号。"));
        if (r.Evaluation is { Score: { } score } && score is < 1 or > 5) errors.Add(new("evaluation.score", "评价分值应为 1 至 5。"));
        if (errors.Count > 0 || agency is null) return Rejected(r.Id, errors);

        await using var db = await factory.CreateDbContextAsync(ct);
        var officerIds = await ResolveOfficersAsync(db, agency, r.Officers!, errors, ct);
        if (errors.Count > 0) return Rejected(r.Id, errors);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var partyRow = await FindOrAddPartyAsync(db, party!, street!, point, ct);
        var existing = await db.Inspections.SingleOrDefaultAsync(i => i.AgencyId == agency.Id && i.ExternalId == r.Id, ct);
        var evaluatedAt = r.Evaluation is { Score: not null } ? Instant(r.Evaluation.At, "evaluation.at", now, errors, required: false) ?? now : (DateTime?)null;
        if (errors.Count > 0) return Rejected(r.Id, errors);
        OutcomeStatus status;
        Inspection row;
        if (existing is null)
        {
            row = new Inspection { AgencyId = agency.Id, ExternalId = r.Id!, ReceivedAt = now };
            db.Inspections.Add(row);
            status = OutcomeStatus.Created;
        }
        else
        {
            // Who was inspected, how and when is fixed once recorded; the outcome and the evaluation may follow later.
            if (existing.PartyId != partyRow.Id || existing.Kind != kind || existing.StartedAt != started)
                return new RecordOutcome(r.Id, OutcomeStatus.Conflict, existing.Id, Detail: "同一编号的检查记录已存在,且检查对象、类型或开始时间不同,不能改写。");
            row = existing;
            status = OutcomeStatus.Updated;
        }
        row.PartyId = partyRow.Id;
        row.Kind = kind!.Value;
        row.JointReference = r.JointReference;
        row.PreFiledAt = preFiled;
        row.StartedAt = started!.Value;
        row.EndedAt = ended;
        row.StreetId = street!.Id;
        row.Longitude = point.Longitude;
        row.Latitude = point.Latitude;
        row.Place = r.Place;
        row.Result = result;
        row.EvaluationScore = r.Evaluation?.Score;
        row.EvaluationComment = r.Evaluation?.Comment;
        row.EvaluatedAt = evaluatedAt;
        if (existing is not null && !db.ChangeTracker.HasChanges() && await SameOfficersAsync(db, row.Id, officerIds, ct))
            return new RecordOutcome(r.Id, OutcomeStatus.Unchanged, row.Id);
        await db.SaveChangesAsync(ct);
        await db.InspectionOfficers.Where(o => o.InspectionId == row.Id).ExecuteDeleteAsync(ct);
        db.InspectionOfficers.AddRange(officerIds.Select(id => new InspectionOfficer { InspectionId = row.Id, OfficerId = id }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        Publish("inspection", status, row.Id, agency, street, point, row.StartedAt, now, partyRow, $"{agency.Name}检查{PersonalData.Display(partyRow.Kind, partyRow.Name)}");
        return new RecordOutcome(r.Id, status, row.Id);
    }

    // ---- shared checks ---------------------------------------------------------------------------------------------

    /// <summary>The key's own agency, or one under it: an agency writes only its own records and its subordinates'.</summary>
    private Agency? ResolveAgency(KeyOwner owner, RecordIn r, List<FieldError> errors)
    {
        if (r.AgencyCode is null) return _agencyById[owner.AgencyId];
        if (!_agencies.TryGetValue(r.AgencyCode, out var agency))
        {
            errors.Add(new("agencyCode", $"执法单位代码“{r.AgencyCode}”不存在。"));
            return null;
        }
        for (var a = agency; a is not null; a = a.ParentId is { } parent ? _agencyById[parent] : null)
            if (a.Id == owner.AgencyId) return agency;
        errors.Add(new("agencyCode", $"此 API 密钥属于“{_agencyById[owner.AgencyId].Name}”,无权写入“{agency.Name}”的记录。"));
        return null;
    }

    private static void RequireId(string? id, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(id)) errors.Add(new("id", "缺少记录编号(本单位系统中的唯一编号)。"));
        else if (id.Length > 64) errors.Add(new("id", "记录编号不能超过 64 个字符。"));
    }

    private static T? ParseEnum<T>(string? value, string field, List<FieldError> errors, bool required) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) errors.Add(new(field, $"缺少 {field},可选值:{string.Join("、", Enum.GetNames<T>())}。"));
            return null;
        }
        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _)) return parsed;
        errors.Add(new(field, $"“{value}”不是有效的 {field},可选值:{string.Join("、", Enum.GetNames<T>())}。"));
        return null;
    }

    private static DateTime? Instant(DateTimeOffset? value, string field, DateTime now, List<FieldError> errors, bool required)
    {
        if (value is null)
        {
            if (required) errors.Add(new(field, "缺少时间。"));
            return null;
        }
        var utc = value.Value.UtcDateTime;
        // A minute of clock skew between agency systems and the center is tolerated.
        if (utc > now.AddMinutes(1)) errors.Add(new(field, $"时间 {ChinaTime.ToLocal(utc):yyyy-MM-dd HH:mm} 晚于当前时间。"));
        return utc;
    }

    /// <summary>The street by its code, else the street whose centre is nearest the location (exact for the schematic map).</summary>
    private (Region? Street, GeoPoint Point) ResolvePlace(string? streetCode, LocationIn? location, List<FieldError> errors)
    {
        var locationErrors = reference.Boundary.Validate(location?.Lon, location?.Lat).ToList();
        errors.AddRange(locationErrors);
        if (locationErrors.Count > 0) return (null, default);
        var point = new GeoPoint(location!.Lon!.Value, location.Lat!.Value);
        if (streetCode is not null)
        {
            if (_streets.TryGetValue(streetCode, out var street)) return (street, point);
            errors.Add(new("streetCode", $"街道(镇)代码“{streetCode}”不存在。"));
            return (null, point);
        }
        var nearest = _streets.Values.MinBy(s => Math.Pow(s.Longitude - point.Longitude, 2) + Math.Pow(s.Latitude - point.Latitude, 2));
        return (nearest, point);
    }

    private PartyIn? ValidateParty(PartyIn? p, List<FieldError> errors, bool enterpriseOnly)
    {
        if (p is null)
        {
            errors.Add(new("party", "缺少行政相对人。"));
            return null;
        }
        var kind = ParseEnum<PartyKind>(p.Kind ?? (p.IdNumber is not null ? "Person" : "Enterprise"), "party.kind", errors, required: true);
        if (enterpriseOnly && kind == PartyKind.Person) errors.Add(new("party.kind", "行政检查的对象应为企业。"));
        if (kind == PartyKind.Person) errors.AddRange(IdNumber.Validate(p.IdNumber, ChinaTime.DayOf(time.GetUtcNow().UtcDateTime), "party.idNumber"));
        else errors.AddRange(CreditCode.Validate(p.CreditCode, "party.creditCode"));
        if (p.Name is { Length: > 200 }) errors.Add(new("party.name", "名称不能超过 200 个字符。"));
        return p with { Kind = kind?.ToString() };
    }

    private static async Task<Domain.Parties.Party> FindOrAddPartyAsync(SupervisionDbContext db, PartyIn p, Region street, GeoPoint point, CancellationToken ct)
    {
        var isPerson = p.Kind == nameof(PartyKind.Person);
        var existing = isPerson
            ? await db.Parties.SingleOrDefaultAsync(x => x.IdNumber == p.IdNumber, ct)
            : await db.Parties.SingleOrDefaultAsync(x => x.CreditCode == p.CreditCode, ct);
        if (existing is not null) return existing;
        var party = new Domain.Parties.Party
        {
            Kind = isPerson ? PartyKind.Person : PartyKind.Enterprise,
            Name = string.IsNullOrWhiteSpace(p.Name) ? (isPerson ? "(未提供姓名)" : "(未提供名称)") : p.Name.Trim(),
            CreditCode = isPerson ? null : p.CreditCode,
            IdNumber = isPerson ? p.IdNumber : null,
            StreetId = street.Id,
            Longitude = point.Longitude,
            Latitude = point.Latitude,
        };
        db.Parties.Add(party);
        await db.SaveChangesAsync(ct);
        return party;
    }

    private void Publish(string kind, OutcomeStatus status, int recordId, Agency agency, Region street, GeoPoint point, DateTime occurredAt, DateTime now, Domain.Parties.Party party, string summary) =>
        feed.Publish(new ActivityEvent(feed.NextSequence(), kind, status == OutcomeStatus.Created ? "created" : "updated", recordId,
            agency.Id, agency.Name, street.Id, street.Name, point.Longitude, point.Latitude, occurredAt, now,
            PersonalData.Display(party.Kind, party.Name), summary));

    private static async Task<List<int>> ResolveOfficersAsync(SupervisionDbContext db, Agency agency, List<string?> certificates, List<FieldError> errors, CancellationToken ct)
    {
        var wanted = certificates.Select(c => c?.Trim() ?? "").ToList();
        var found = await db.Officers.Where(o => o.AgencyId == agency.Id && wanted.Contains(o.CertificateNumber))
            .Select(o => new { o.Id, o.CertificateNumber }).ToListAsync(ct);
        var ids = new List<int>();
        for (var i = 0; i < wanted.Count; i++)
        {
            var officer = found.FirstOrDefault(o => o.CertificateNumber == wanted[i]);
            if (officer is null) errors.Add(new($"officers[{i}]", $"执法证号“{wanted[i]}”不是“{agency.Name}”的执法人员。"));
            else if (!ids.Contains(officer.Id)) ids.Add(officer.Id);
        }
        return ids;
    }

    private static async Task<bool> SameOfficersAsync(SupervisionDbContext db, int inspectionId, List<int> officerIds, CancellationToken ct)
    {
        var current = await db.InspectionOfficers.Where(o => o.InspectionId == inspectionId).Select(o => o.OfficerId).ToListAsync(ct);
        return current.Order().SequenceEqual(officerIds.Order());
    }

    private static RecordOutcome Rejected(string? id, IEnumerable<FieldError> errors) =>
        new(id, OutcomeStatus.Rejected, Errors: errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));

    private static RecordOutcome Rejected(string? id, FieldError error) => Rejected(id, [error]);
}

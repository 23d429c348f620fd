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

    public async Task<RecordOutcome> WriteAsync(KeyOwner owner, RecordIn? record, CancellationToken ct = default) =>
        (await WriteBatchAsync(owner, [record], ct))[0];

    /// <summary>
    /// Several records in one transaction, each accepted or rejected on its own (a savepoint per record); the outcomes
    /// are in the records' order and the events of the accepted ones are published once the batch has committed.
    /// </summary>
    public async Task<IReadOnlyList<RecordOutcome>> WriteBatchAsync(KeyOwner owner, IReadOnlyList<RecordIn?> records, CancellationToken ct = default)
    {
        try
        {
            return await WriteBatchAsync(owner, records, mayDefer: true, ct);
        }
        catch (DeferredInsertFailedException)
        {
            return await WriteBatchAsync(owner, records, mayDefer: false, ct);
        }
    }

    private async Task<IReadOnlyList<RecordOutcome>> WriteBatchAsync(KeyOwner owner, IReadOnlyList<RecordIn?> records, bool mayDefer, CancellationToken ct)
    {
        await using var session = await WriteSession.BeginAsync(factory, mayDefer, ct);
        await session.PreloadPartiesAsync(records.Select(PartyOf).OfType<PartyIn>(), ct);
        var inspections = records.OfType<InspectionIn>().Where(r => r.Id is not null).ToList();
        if (inspections.Count > 1)
            await session.PreloadInspectionKeysAsync(
                inspections.Select(r => r.AgencyCode is null ? owner.AgencyId : _agencies.TryGetValue(r.AgencyCode, out var a) ? a.Id : 0).Distinct().ToList(),
                inspections.Select(r => r.Id!).ToList(), ct);
        var outcomes = new List<RecordOutcome>(records.Count);
        foreach (var record in records)
        {
            session.RecordIndex = outcomes.Count;
            RecordOutcome outcome;
            try
            {
                outcome = await WriteOneAsync(session, owner, record, ct);
            }
            catch (DbUpdateException)
            {
                // In practice a second request writing the same new record at the same moment: this one loses the race.
                outcome = new RecordOutcome(record?.Id, OutcomeStatus.Conflict, Detail: "同一记录正由另一个请求同时写入,本条未保存,请重新发送。");
            }
            if (outcome.Status is OutcomeStatus.Created or OutcomeStatus.Updated) await session.AcceptRecordAsync(ct);
            else await session.RejectRecordAsync(ct);
            outcomes.Add(outcome);
        }
        await session.CommitAsync(feed, ct);
        foreach (var (index, id) in session.DeferredIds) outcomes[index] = outcomes[index] with { RecordId = id };
        return outcomes;
    }

    private static PartyIn? PartyOf(RecordIn? record) => record switch
    {
        InspectionIn r => r.Party, CaseIn r => r.Party, RectificationIn r => r.Party, MeasureIn r => r.Party, _ => null,
    };

    private Task<RecordOutcome> WriteOneAsync(WriteSession session, KeyOwner owner, RecordIn? record, CancellationToken ct) => record switch
    {
        InspectionIn inspection => WriteInspectionAsync(session, owner, inspection, ct),
        CaseIn c => WriteCaseAsync(session, owner, c, ct),
        RectificationIn o => WriteRectificationAsync(session, owner, o, ct),
        ComplaintIn c => WriteComplaintAsync(session, owner, c, ct),
        MeasureIn m => WriteMeasureAsync(session, owner, m, ct),
        null => Task.FromResult(Rejected(null, new FieldError("record", "记录为空。"))),
        _ => Task.FromResult(Rejected(record.Id, new FieldError("type", "不支持的记录类型。"))),
    };

    private async Task<RecordOutcome> WriteInspectionAsync(WriteSession session, KeyOwner owner, InspectionIn r, CancellationToken ct)
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

        var db = session.Db;
        var officerIds = await ResolveOfficersAsync(session, agency, r.Officers!, errors, ct);
        if (errors.Count > 0) return Rejected(r.Id, errors);
        var partyRow = await FindOrAddPartyAsync(session, party!, street!, point, ct);
        // The same id twice in one batch: the first must be in the table before the second looks for it.
        if (session.IsDeferred(agency.Id, r.Id!)) await session.BeginWritesAsync(ct);
        var existing = session.InspectionMayExist(agency.Id, r.Id!) ? await db.Inspections.SingleOrDefaultAsync(i => i.AgencyId == agency.Id && i.ExternalId == r.Id, ct) : null;
        var evaluatedAt = r.Evaluation is { Score: not null } ? Instant(r.Evaluation.At, "evaluation.at", now, errors, required: false) ?? now : (DateTime?)null;
        if (errors.Count > 0) return Rejected(r.Id, errors);
        // Who was inspected, how and when is fixed once recorded; the outcome and the evaluation may follow later.
        if (existing is not null && (existing.PartyId != partyRow.Id || existing.Kind != kind || existing.StartedAt != started))
            return new RecordOutcome(r.Id, OutcomeStatus.Conflict, existing.Id, Detail: "同一编号的检查记录已存在,且检查对象、类型或开始时间不同,不能改写。");
        var row = existing ?? new Inspection { AgencyId = agency.Id, ExternalId = r.Id!, ReceivedAt = now };
        var status = existing is null ? OutcomeStatus.Created : OutcomeStatus.Updated;
        if (existing is not null || !session.CanDefer) await session.BeginWritesAsync(ct);
        if (existing is null) session.InspectionCreated(agency.Id, r.Id!);
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
        var summary = $"{agency.Name}检查{PersonalData.Display(partyRow.Kind, partyRow.Name)}";
        if (existing is null && session.CanDefer)
        {
            session.Defer(row, officerIds, Event(status, "inspection", 0, agency, street, point, row.StartedAt, now, partyRow, summary));
            return new RecordOutcome(r.Id, status);
        }
        if (existing is null) db.Inspections.Add(row);
        if (existing is not null && !db.ChangeTracker.HasChanges() && await SameOfficersAsync(db, row.Id, officerIds, ct))
            return new RecordOutcome(r.Id, OutcomeStatus.Unchanged, row.Id);
        await db.SaveChangesAsync(ct);
        if (existing is not null) await db.InspectionOfficers.Where(o => o.InspectionId == row.Id).ExecuteDeleteAsync(ct);
        db.InspectionOfficers.AddRange(officerIds.Select(id => new InspectionOfficer { InspectionId = row.Id, OfficerId = id }));
        await db.SaveChangesAsync(ct);

        session.Publish(Event(status, "inspection", row.Id, agency, street, point, row.StartedAt, now, partyRow, summary));
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

    /// <summary>
    /// Instants are kept to the microsecond, PostgreSQL's precision (.NET's is a tenth of that), so a record sent again
    /// compares equal to what either database stored.
    /// </summary>
    public static DateTime ToMicroseconds(DateTimeOffset value) => new(value.UtcTicks - value.UtcTicks % 10, DateTimeKind.Utc);

    private static DateTime? Instant(DateTimeOffset? value, string field, DateTime now, List<FieldError> errors, bool required)
    {
        if (value is null)
        {
            if (required) errors.Add(new(field, "缺少时间。"));
            return null;
        }
        var utc = ToMicroseconds(value.Value);
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

    private static async Task<PartyRef> FindOrAddPartyAsync(WriteSession session, PartyIn p, Region street, GeoPoint point, CancellationToken ct)
    {
        var isPerson = p.Kind == nameof(PartyKind.Person);
        var key = (isPerson ? p.IdNumber : p.CreditCode)!;
        if (await session.FindPartyAsync(key, isPerson, ct) is { } existing) return existing;
        await session.BeginWritesAsync(ct);
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
        session.Db.Parties.Add(party);
        await session.Db.SaveChangesAsync(ct);
        var added = new PartyRef(party.Id, party.Kind, party.Name);
        session.AddedParty(key, added);
        return added;
    }

    private static void Publish(WriteSession session, string kind, OutcomeStatus status, int recordId, Agency agency, Region street, GeoPoint point, DateTime occurredAt, DateTime now, PartyRef party, string summary) =>
        session.Publish(Event(status, kind, recordId, agency, street, point, occurredAt, now, party, summary));

    private static ActivityEvent Event(OutcomeStatus status, string kind, int recordId, Agency agency, Region street, GeoPoint point, DateTime occurredAt, DateTime now, PartyRef party, string summary) =>
        new(0, kind, status == OutcomeStatus.Created ? "created" : "updated", recordId, agency.Id, agency.Name, street.Id, street.Name,
            point.Longitude, point.Latitude, occurredAt, now, PersonalData.Display(party.Kind, party.Name), summary);

    private static async Task<List<int>> ResolveOfficersAsync(WriteSession session, Agency agency, List<string?> certificates, List<FieldError> errors, CancellationToken ct)
    {
        var officers = await session.OfficersOfAsync(agency.Id, ct);
        var ids = new List<int>();
        for (var i = 0; i < certificates.Count; i++)
        {
            var certificate = certificates[i]?.Trim() ?? "";
            if (!officers.TryGetValue(certificate, out var id)) errors.Add(new($"officers[{i}]", $"执法证号“{certificate}”不是“{agency.Name}”的执法人员。"));
            else if (!ids.Contains(id)) ids.Add(id);
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

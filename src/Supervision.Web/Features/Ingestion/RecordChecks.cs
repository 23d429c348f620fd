using Supervision.Domain.Agencies;
using Supervision.Domain.Calendar;
using Supervision.Domain.Geography;
using Supervision.Domain.Parties;
using Supervision.Domain.Validation;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// The checks every kind of record shares. Each adds its findings to the record's error list and returns the checked
/// value, or null when the value is missing or wrong; a writer turns its values into a validated record only when all
/// of them passed.
/// </summary>
internal sealed class RecordChecks(ReferenceData reference, TimeProvider time, IngestionOptions options)
{
    public InputBounds Bounds { get; } = new(options.EarliestDate);

    public IngestionOptions Options => options;

    private readonly Dictionary<string, Agency> _agencies = reference.Agencies.ToDictionary(a => a.Code);
    private readonly Dictionary<int, Agency> _agencyById = reference.Agencies.ToDictionary(a => a.Id);
    private readonly Dictionary<string, Region> _streets = reference.Streets.ToDictionary(s => s.Code);
    private readonly Dictionary<int, Region> _regionById = reference.Regions.ToDictionary(r => r.Id);

    public ReferenceData Reference => reference;

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The agency's id for a record, without checks: 0 for an unknown code (it matches nothing).</summary>
    public int AgencyIdOf(KeyOwner owner, RecordIn r) =>
        r.AgencyCode is null ? owner.AgencyId : _agencies.TryGetValue(r.AgencyCode, out var a) ? a.Id : 0;

    public Region RegionOf(Agency agency) => _regionById[agency.RegionId];

    /// <summary>
    /// Why the sender may not write this record at all, or null when it may: an agency writes only its own records and
    /// its subordinates'. Checked before anything else about the record (<see cref="RecordTypeWriter{TIn, TValid, TRow}"/>),
    /// as a refusal of the sender rather than a fault in the record; an unknown code is left to <see cref="Agency"/>.
    /// </summary>
    public string? Forbidden(KeyOwner owner, RecordIn r)
    {
        if (r.AgencyCode is null || !_agencies.TryGetValue(r.AgencyCode, out var agency) || Governs(owner.AgencyId, agency)) return null;
        var own = _agencyById[owner.AgencyId].Name;
        // KeyId 0: a person importing a sheet (or the simulator), not an agency system's API key.
        return owner.KeyId == 0
            ? $"您无权为{agency.Name}报送数据（您所在的{own}只能报送本单位及其下级单位的数据）。"
            : $"本密钥无权为{agency.Name}报送数据（本密钥属于{own}，只能报送本单位及其下级单位的数据）。";
    }

    /// <summary>The agency the record is written for: the sender's own, or the one its code names (within scope: <see cref="Forbidden"/>).</summary>
    public Agency? Agency(KeyOwner owner, RecordIn r, List<FieldError> errors)
    {
        if (r.AgencyCode is null) return _agencyById[owner.AgencyId];
        if (_agencies.TryGetValue(r.AgencyCode, out var agency)) return agency;
        errors.Add(new("agencyCode", $"执法单位代码“{r.AgencyCode}”不存在。"));
        return null;
    }

    private bool Governs(int ownerAgencyId, Agency agency)
    {
        for (var a = agency; a is not null; a = a.ParentId is { } parent ? _agencyById[parent] : null)
            if (a.Id == ownerAgencyId) return true;
        return false;
    }

    /// <summary>The agency's own id of the record, which makes sending it again idempotent.</summary>
    public static string? Id(string? id, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(id)) errors.Add(new("id", "缺少记录编号(本单位系统中的唯一编号)。"));
        else if (id.Length > 64) errors.Add(new("id", "记录编号不能超过 64 个字符。"));
        else return id;
        return null;
    }

    public static T? Enum<T>(string? value, string field, List<FieldError> errors, bool required) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) errors.Add(new(field, $"缺少 {field},可选值：{string.Join("、", System.Enum.GetNames<T>())}。"));
            return null;
        }
        if (System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !int.TryParse(value, out _)) return parsed;
        errors.Add(new(field, $"“{value}”不是有效的 {field},可选值：{string.Join("、", System.Enum.GetNames<T>())}。"));
        return null;
    }

    public static DateTime? Instant(DateTimeOffset? value, string field, DateTime now, List<FieldError> errors, bool required)
    {
        if (value is null)
        {
            if (required) errors.Add(new(field, "缺少时间。"));
            return null;
        }
        var utc = RecordWriter.ToMicroseconds(value.Value);
        // A minute of clock skew between agency systems and the center is tolerated.
        if (utc > now.AddMinutes(1)) errors.Add(new(field, $"时间 {ChinaTime.ToLocal(utc):yyyy-MM-dd HH:mm} 晚于当前时间。"));
        return utc;
    }

    /// <summary>The street by its code, else the street whose centre is nearest the location (exact for the schematic map).</summary>
    public RecordPlace? Place(string? streetCode, LocationIn? location, List<FieldError> errors)
    {
        var locationErrors = reference.Boundary.Validate(location?.Lon, location?.Lat).ToList();
        errors.AddRange(locationErrors);
        if (locationErrors.Count > 0 || location is not { Lon: { } lon, Lat: { } lat }) return null;
        var point = new GeoPoint(lon, lat);
        if (streetCode is not null)
        {
            if (_streets.TryGetValue(streetCode, out var street)) return new RecordPlace(street, point);
            errors.Add(new("streetCode", $"街道(镇)代码“{streetCode}”不存在。"));
            return null;
        }
        var nearest = _streets.Values.MinBy(s => Math.Pow(s.Longitude - point.Longitude, 2) + Math.Pow(s.Latitude - point.Latitude, 2));
        return nearest is null ? null : new RecordPlace(nearest, point);
    }

    /// <summary>A street named by its code alone (a complaint has no coordinates); null when absent or unknown.</summary>
    public Region? Street(string? streetCode, List<FieldError> errors)
    {
        if (streetCode is null) return null;
        if (_streets.TryGetValue(streetCode, out var street)) return street;
        errors.Add(new("streetCode", $"街道(镇)代码“{streetCode}”不存在。"));
        return null;
    }

    public ValidParty? Party(PartyIn? p, List<FieldError> errors, bool enterpriseOnly)
    {
        if (p is null)
        {
            errors.Add(new("party", "缺少行政相对人。"));
            return null;
        }
        var kind = Enum<PartyKind>(p.Kind ?? (p.IdNumber is not null ? "Person" : "Enterprise"), "party.kind", errors, required: true);
        if (enterpriseOnly && kind == PartyKind.Person) errors.Add(new("party.kind", "行政检查的对象应为企业。"));
        var before = errors.Count;
        if (kind == PartyKind.Person) errors.AddRange(IdNumber.Validate(p.IdNumber, ChinaTime.DayOf(Now), "party.idNumber"));
        else errors.AddRange(CreditCode.Validate(p.CreditCode, "party.creditCode"));
        if (p.Name is { Length: > 200 }) errors.Add(new("party.name", "名称不能超过 200 个字符。"));
        var key = kind == PartyKind.Person ? p.IdNumber : p.CreditCode;
        return kind is { } k && key is not null && errors.Count == before ? new ValidParty(k, key, p.Name) : null;
    }

    /// <summary>The agency's officers by certificate number, each once, in the order given.</summary>
    public static async Task<List<int>?> OfficersAsync(WriteSession session, Agency agency, List<string?> certificates, List<FieldError> errors, CancellationToken ct)
    {
        var officers = await session.OfficersOfAsync(agency.Id, ct);
        var ids = new List<int>();
        var before = errors.Count;
        for (var i = 0; i < certificates.Count; i++)
        {
            var certificate = certificates[i]?.Trim() ?? "";
            if (!officers.TryGetValue(certificate, out var id)) errors.Add(new($"officers[{i}]", $"执法证号“{certificate}”不是“{agency.Name}”的执法人员。"));
            else if (!ids.Contains(id)) ids.Add(id);
        }
        return errors.Count == before ? ids : null;
    }
}

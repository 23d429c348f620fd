using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Parties;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Ingestion;

namespace Supervision.Tests.Features.Ingestion;

/// <summary>The demo app with an API key for 历下区市场监督管理局 and two of its officers.</summary>
public sealed class IngestionApp : IAsyncLifetime
{
    public const string AgencyCode = "370102-SCJG";
    public const string CasePrefix = "济历下市监罚";
    private readonly TempDatabase _db = new();
    public SupervisionApp App { get; private set; } = default!;
    public string Key { get; private set; } = "";
    public int KeyId { get; private set; }
    public int AgencyId { get; private set; }
    public string[] Officers { get; private set; } = [];

    public async Task InitializeAsync()
    {
        // Its agency numbers its cases under a prefix (Ingestion:CaseNumberPrefixes), as every case test here does.
        App = new SupervisionApp(_db.Path, settings: new Dictionary<string, string> { [$"Ingestion:CaseNumberPrefixes:{AgencyCode}"] = CasePrefix });
        App.CreateClient();
        var issued = (await App.Services.GetRequiredService<AgencyKeys>().CreateAsync(AgencyCode, "test"))!;
        (Key, KeyId, AgencyId) = (issued.Key, issued.KeyId, issued.AgencyId);
        await using var db = await Db();
        Officers = await db.Officers.Where(o => o.AgencyId == AgencyId && o.CertificateExpiresOn > DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30))
            .OrderBy(o => o.Id).Select(o => o.CertificateNumber).Take(2).ToArrayAsync();
        Assert.Equal(2, Officers.Length);
    }

    public HttpClient Client(string? key = null)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key ?? Key);
        return client;
    }

    public string DatabasePath => _db.Path;

    private static int _serial;

    /// <summary>A valid inspection with a fresh id and a fresh, valid enterprise (credit codes of their own: 6xxxxxxx).</summary>
    public JsonObject NewInspection()
    {
        var n = Interlocked.Increment(ref _serial);
        var body = $"6{n:D7}";
        var withOrg = "91370102" + body + CreditCode.OrganizationCheck(body);
        return new JsonObject
        {
            ["id"] = $"H-{Guid.NewGuid():N}",
            ["party"] = new JsonObject { ["name"] = $"济南边界测试商贸有限公司{n}", ["creditCode"] = withOrg + CreditCode.CheckCharacter(withOrg) },
            ["kind"] = "Routine",
            ["startedAt"] = "2026-11-20T09:30:00+08:00",
            ["endedAt"] = "2026-11-20T10:30:00+08:00",
            ["location"] = new JsonObject { ["lon"] = 117.0208, ["lat"] = 36.6683 },
            ["place"] = "泉城路 1 号",
            ["officers"] = new JsonArray(Officers.Select(o => (JsonNode)o!).ToArray()),
            ["result"] = "NothingFound",
        };
    }

    public Task<HttpResponseMessage> PostAsync(string path, JsonNode body) =>
        Client().PostAsync(path, new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

    public Task<SupervisionDbContext> Db() => App.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        _db.Dispose();
    }
}

public class InspectionApiTests(IngestionApp api) : IClassFixture<IngestionApp>
{
    private static int _serial;

    /// <summary>A valid inspection with a fresh id and a fresh, valid enterprise.</summary>
    private JsonObject Inspection(string? id = null)
    {
        var n = Interlocked.Increment(ref _serial);
        var body = $"5{n:D7}";
        var withOrg = "91370102" + body + CreditCode.OrganizationCheck(body);
        var code = withOrg + CreditCode.CheckCharacter(withOrg);
        return new JsonObject
        {
            ["id"] = id ?? $"T-{Guid.NewGuid():N}",
            ["party"] = new JsonObject { ["name"] = $"济南测试餐饮有限公司{n}", ["creditCode"] = code },
            ["kind"] = "Routine",
            ["preFiledAt"] = "2026-11-20T08:00:00+08:00",
            ["startedAt"] = "2026-11-20T09:30:00+08:00",
            ["endedAt"] = "2026-11-20T10:30:00+08:00",
            ["location"] = new JsonObject { ["lon"] = 117.0208, ["lat"] = 36.6683 },
            ["place"] = "泉城路 1 号",
            ["officers"] = new JsonArray(api.Officers.Select(o => (JsonNode)o!).ToArray()),
            ["result"] = "NothingFound",
        };
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject record, string? key = null) =>
        api.Client(key).PostAsync("/api/v1/inspections", new StringContent(record.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

    [Fact]
    public async Task An_accepted_inspection_lands_with_its_officers_and_enterprise()
    {
        var record = Inspection();
        var response = await PostAsync(record);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var rowId = (int)body!["recordId"]!;
        await using var db = await api.Db();
        var row = await db.Inspections.SingleAsync(i => i.Id == rowId);
        Assert.Equal(api.AgencyId, row.AgencyId);
        Assert.Equal((string)record["id"]!, row.ExternalId);
        Assert.Equal(new DateTime(2026, 11, 20, 1, 30, 0, DateTimeKind.Utc), row.StartedAt);
        Assert.Equal(2, await db.InspectionOfficers.CountAsync(o => o.InspectionId == rowId));
        var party = await db.Parties.SingleAsync(p => p.Id == row.PartyId);
        Assert.Equal((string)record["party"]!["creditCode"]!, party.CreditCode);
        Assert.StartsWith("370102", (await db.Regions.SingleAsync(r => r.Id == row.StreetId)).Code);
    }

    [Fact]
    public async Task The_same_record_twice_changes_nothing_and_a_later_evaluation_updates_it()
    {
        var record = Inspection();
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(record)).StatusCode);
        await using var before = await api.Db();
        var counts = (await before.Inspections.CountAsync(), await before.Parties.CountAsync(), await before.InspectionOfficers.CountAsync());

        var again = await PostAsync(record);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("unchanged", (string)(await again.Content.ReadFromJsonAsync<JsonObject>())!["status"]!);
        await using var after = await api.Db();
        Assert.Equal(counts, (await after.Inspections.CountAsync(), await after.Parties.CountAsync(), await after.InspectionOfficers.CountAsync()));

        record["evaluation"] = new JsonObject { ["score"] = 4, ["comment"] = "检查规范", ["at"] = "2026-11-21T09:00:00+08:00" };
        var updated = await PostAsync(record);
        Assert.Equal("updated", (string)(await updated.Content.ReadFromJsonAsync<JsonObject>())!["status"]!);
        Assert.Equal(4, (await after.Inspections.AsNoTracking().SingleAsync(i => i.ExternalId == (string)record["id"]!)).EvaluationScore);
    }

    [Fact]
    public async Task Rewriting_who_or_when_is_a_conflict()
    {
        var record = Inspection();
        await PostAsync(record);
        record["startedAt"] = "2026-11-20T11:00:00+08:00";
        record["endedAt"] = "2026-11-20T12:00:00+08:00";
        var response = await PostAsync(record);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    public static TheoryData<string, string, string> BadInputs() => new()
    {
        { "party.creditCode", "/party/creditCode", "91350100M000100Y44" },
        { "location", "/location/lon", "116.44" },                 // Beijing's longitude: outside the city
        { "startedAt", "/startedAt", "2099-01-01T09:00:00+08:00" },  // in the future
        { "officers[0]", "/officers/0", "00000000" },                // not one of the agency's officers
        { "kind", "/kind", "Surprise" },
        { "streetCode", "/streetCode", "370199999" },
        { "agencyCode", "/agencyCode", "370199-NONE" },              // no such agency (a real one outside the key's scope is 403)
        { "id", "/id", "" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Each_rule_rejects_its_bad_input_by_field_and_writes_nothing(string field, string pointer, string value)
    {
        var record = Inspection();
        Set(record, pointer, value);
        await using var before = await api.Db();
        var counts = (await before.Inspections.CountAsync(), await before.Parties.CountAsync());
        var response = await PostAsync(record);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(problem!["errors"]!.AsObject().ContainsKey(field), $"expected an error for {field}: {problem.ToJsonString()}");
        Assert.Equal(counts, (await before.Inspections.CountAsync(), await before.Parties.CountAsync()));
    }

    [Fact]
    public async Task Missing_officers_and_end_before_start_are_both_reported()
    {
        var record = Inspection();
        record["officers"] = new JsonArray();
        record["endedAt"] = "2026-11-20T08:00:00+08:00";
        var problem = await (await PostAsync(record)).Content.ReadFromJsonAsync<JsonObject>();
        var errors = problem!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("officers"));
        Assert.True(errors.ContainsKey("endedAt"));
    }

    [Fact]
    public async Task Writing_for_an_agency_outside_the_keys_scope_is_403_naming_the_agency_and_writes_nothing()
    {
        var record = Inspection();
        record["agencyCode"] = "370103-SCJG";  // another district's bureau: neither the key's agency nor under it
        await using var db = await api.Db();
        var counts = (await db.Inspections.CountAsync(), await db.Parties.CountAsync());

        var response = await PostAsync(record);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(403, (int)problem["status"]!);
        Assert.StartsWith("本密钥无权为市中区市场监督管理局报送数据", (string)problem["detail"]!);
        Assert.Null(problem["errors"]);
        Assert.Equal(counts, (await db.Inspections.CountAsync(), await db.Parties.CountAsync()));
        Assert.False(await db.Inspections.AnyAsync(i => i.ExternalId == (string)record["id"]!));
        // A city department's key may not write for a district under another department either: the scope is the line of command.
        var cityKey = (await api.App.Services.GetRequiredService<AgencyKeys>().CreateAsync("370100-SCJG", "city-scope"))!;
        var sibling = Inspection();
        sibling["agencyCode"] = "370102-CGZF";
        var sideways = await PostAsync(sibling, cityKey.Key);
        Assert.Equal(HttpStatusCode.Forbidden, sideways.StatusCode);
        Assert.Contains("无权为", (string)(await sideways.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!);
    }

    [Fact]
    public async Task A_batch_item_for_an_agency_outside_the_keys_scope_is_forbidden_alone()
    {
        static JsonObject Typed(JsonObject o) { o["type"] = "inspection"; return Reorder(o); }
        var (before, foreign, after) = (Inspection(), Inspection(), Inspection());
        foreign["agencyCode"] = "370103-SCJG";
        var batch = new JsonObject { ["records"] = new JsonArray(Typed(before), Typed(foreign), Typed(after)) };

        var response = await api.Client().PostAsync("/api/v1/batch", new StringContent(batch.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var items = outcome["records"]!.AsArray();
        Assert.Equal(["created", "forbidden", "created"], items.Select(i => (string)i!["status"]!));
        Assert.Equal((2, 1), ((int)outcome["accepted"]!, (int)outcome["rejected"]!));
        Assert.StartsWith("本密钥无权为市中区市场监督管理局报送数据", (string)items[1]!["detail"]!);
        Assert.Equal((string)foreign["id"]!, (string)items[1]!["id"]!);
        await using var db = await api.Db();
        Assert.True(await db.Inspections.AnyAsync(i => i.ExternalId == (string)before["id"]!));
        Assert.True(await db.Inspections.AnyAsync(i => i.ExternalId == (string)after["id"]!));
        Assert.False(await db.Inspections.AnyAsync(i => i.ExternalId == (string)foreign["id"]!));
        Assert.False(await db.Parties.AnyAsync(p => p.CreditCode == (string)foreign["party"]!["creditCode"]!));
    }

    [Fact]
    public async Task A_city_department_key_may_write_for_its_district_bureau()
    {
        var cityKey = (await api.App.Services.GetRequiredService<AgencyKeys>().CreateAsync("370100-SCJG", "city"))!;
        var record = Inspection();
        record["agencyCode"] = IngestionApp.AgencyCode;
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(record, cityKey.Key)).StatusCode);
    }

    [Fact]
    public async Task No_key_or_a_revoked_key_gets_401_and_a_person_cannot_use_the_api()
    {
        var anonymous = await api.App.CreateClient().PostAsJsonAsync("/api/v1/inspections", new { id = "x" });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(Inspection(), "jnsk_notarealkeyatall000000000000")).StatusCode);

        var keys = api.App.Services.GetRequiredService<AgencyKeys>();
        var spare = (await keys.CreateAsync(IngestionApp.AgencyCode, "spare"))!;
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(Inspection(), spare.Key)).StatusCode);
        Assert.True(await keys.RevokeAsync(spare.KeyId));
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(Inspection(), spare.Key)).StatusCode);

        var admin = await api.App.SignInAsync("admin");
        var withCookie = await admin.PostAsync("/api/v1/inspections", new StringContent(Inspection().ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, withCookie.StatusCode);
    }

    [Fact]
    public async Task A_mixed_batch_keeps_the_good_and_reports_the_bad()
    {
        var good = Inspection();
        good["type"] = "inspection";
        var bad = Inspection();
        bad["type"] = "inspection";
        bad["location"] = new JsonObject { ["lon"] = 120.38, ["lat"] = 36.07 };
        var batch = new JsonObject { ["records"] = new JsonArray(Reorder(good), Reorder(bad)) };
        var response = await api.Client().PostAsync("/api/v1/batch", new StringContent(batch.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(1, (int)outcome!["accepted"]!);
        Assert.Equal(1, (int)outcome["rejected"]!);
        var items = outcome["records"]!.AsArray();
        Assert.Equal("created", (string)items[0]!["status"]!);
        Assert.Equal("rejected", (string)items[1]!["status"]!);
        Assert.True(items[1]!["errors"]!.AsObject().ContainsKey("location"));
        await using var db = await api.Db();
        Assert.True(await db.Inspections.AnyAsync(i => i.ExternalId == (string)good["id"]!));
        Assert.False(await db.Inspections.AnyAsync(i => i.ExternalId == (string)bad["id"]!));
        Assert.False(await db.Parties.AnyAsync(p => p.CreditCode == (string)bad["party"]!["creditCode"]!));

        // The same batch again leaves the same rows.
        var rows = await db.Inspections.CountAsync();
        var again = await (await api.Client().PostAsync("/api/v1/batch",
            new StringContent(batch.ToJsonString(), System.Text.Encoding.UTF8, "application/json"))).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("unchanged", (string)again!["records"]![0]!["status"]!);
        Assert.Equal(rows, await db.Inspections.CountAsync());
    }

    [Fact]
    public async Task A_batch_is_written_in_order_each_record_with_its_own_officers_and_a_rejected_one_leaves_nothing()
    {
        var known = Inspection();
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(known)).StatusCode);
        var earlier = Inspection();
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(earlier)).StatusCode);
        JsonObject Typed(JsonObject o) { o["type"] = "inspection"; return Reorder(o); }

        // a and b: new inspections of a known enterprise, one officer each.
        var a = Inspection(); a["party"] = known["party"]!.DeepClone(); a["officers"] = new JsonArray((JsonNode)api.Officers[0]);
        var b = Inspection(); b["party"] = known["party"]!.DeepClone(); b["officers"] = new JsonArray((JsonNode)api.Officers[1]);
        // c: a's id again in the same batch, rewriting when it started.
        var c = (JsonObject)a.DeepClone(); c["startedAt"] = "2026-11-20T09:45:00+08:00";
        // d: rewrites an earlier inspection's enterprise to a new one, which must not be left behind.
        var d = (JsonObject)earlier.DeepClone(); var newcomer = Inspection(); d["party"] = newcomer["party"]!.DeepClone();
        // e: that newcomer, legitimately.
        var e = newcomer;
        // f: a rectification ordered by b, in the same batch.
        var f = new JsonObject
        {
            ["type"] = "rectification", ["id"] = $"R-{Guid.NewGuid():N}", ["inspectionId"] = (string)b["id"]!, ["party"] = known["party"]!.DeepClone(),
            ["location"] = new JsonObject { ["lon"] = 117.0208, ["lat"] = 36.6683 }, ["requirement"] = "完善进货查验记录",
            ["issuedAt"] = "2026-11-20T10:30:00+08:00", ["deadline"] = "2026-11-30",
        };
        var events = new List<Supervision.Web.Features.Activity.ActivityEvent>();
        var feed = api.App.Services.GetRequiredService<Supervision.Web.Features.Activity.ActivityFeed>();
        void Collect(Supervision.Web.Features.Activity.ActivityEvent x) { lock (events) events.Add(x); }
        JsonArray items;
        using (feed.Subscribe(Collect))
        {
            var batch = new JsonObject { ["records"] = new JsonArray(Typed(a), Typed(b), Typed(c), Typed(d), Typed(e), f) };
            var response = await api.Client().PostAsync("/api/v1/batch", new StringContent(batch.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
            items = (await response.Content.ReadFromJsonAsync<JsonObject>())!["records"]!.AsArray();
            var last = (int)items[5]!["recordId"]!;
            await Wait.UntilAsync(() => { lock (events) return events.Any(x => x.Kind == "rectification" && x.RecordId == last); },
                TimeSpan.FromSeconds(10), "the events reach the feed");
        }

        Assert.Equal(["created", "created", "conflict", "conflict", "created", "created"], items.Select(i => (string)i!["status"]!));
        await using var db = await api.Db();
        async Task<int> IdOf(JsonObject o) => (await db.Inspections.SingleAsync(i => i.ExternalId == (string)o["id"]!)).Id;
        Assert.Equal(await IdOf(a), (int)items[0]!["recordId"]!);
        Assert.Equal(await IdOf(b), (int)items[1]!["recordId"]!);
        Assert.Equal(await IdOf(e), (int)items[4]!["recordId"]!);
        Assert.Equal([api.Officers[0]], await db.InspectionOfficers.Where(o => o.InspectionId == (int)items[0]!["recordId"]!)
            .Join(db.Officers, l => l.OfficerId, o => o.Id, (_, o) => o.CertificateNumber).ToListAsync());
        Assert.Equal([api.Officers[1]], await db.InspectionOfficers.Where(o => o.InspectionId == (int)items[1]!["recordId"]!)
            .Join(db.Officers, l => l.OfficerId, o => o.Id, (_, o) => o.CertificateNumber).ToListAsync());
        Assert.Equal(new DateTime(2026, 11, 20, 1, 30, 0, DateTimeKind.Utc), (await db.Inspections.SingleAsync(i => i.ExternalId == (string)a["id"]!)).StartedAt);
        Assert.Equal(1, await db.Parties.CountAsync(p => p.CreditCode == (string)newcomer["party"]!["creditCode"]!));
        Assert.NotEqual(await db.Parties.Where(p => p.CreditCode == (string)newcomer["party"]!["creditCode"]!).Select(p => p.Id).SingleAsync(),
            (await db.Inspections.SingleAsync(i => i.ExternalId == (string)earlier["id"]!)).PartyId);
        Assert.Equal((int)items[1]!["recordId"]!, (await db.RectificationOrders.SingleAsync(o => o.ExternalId == (string)f["id"]!)).InspectionId);
        // One event per accepted record, in the batch's order, each naming its stored record.
        var published = events.Where(x => x.Kind is "inspection" or "rectification").TakeLast(4).ToList();
        Assert.Equal([(int)items[0]!["recordId"]!, (int)items[1]!["recordId"]!, (int)items[4]!["recordId"]!, (int)items[5]!["recordId"]!], published.Select(x => x.RecordId));
        Assert.True(published.Zip(published.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
    }

    [Fact]
    public async Task A_batch_record_without_a_valid_type_is_rejected_alone()
    {
        var good = Inspection();
        var typed = new JsonObject { ["type"] = "inspection" };
        foreach (var (k, v) in good) typed[k] = v?.DeepClone();
        var batch = new JsonObject { ["records"] = new JsonArray(new JsonObject { ["id"] = "no-type" }, new JsonObject { ["type"] = "parking", ["id"] = "x" }, typed) };
        var response = await api.Client().PostAsync("/api/v1/batch", new StringContent(batch.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await response.Content.ReadFromJsonAsync<JsonObject>())!["records"]!.AsArray();
        Assert.Equal(["rejected", "rejected", "created"], items.Select(i => (string)i!["status"]!));
        Assert.Equal("no-type", (string)items[0]!["id"]!);
        Assert.True(items[0]!["errors"]!.AsObject().ContainsKey("type"));
        var malformed = await api.Client().PostAsync("/api/v1/batch", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public async Task A_batch_over_the_limit_is_refused_whole_with_413()
    {
        var records = new JsonArray(Enumerable.Range(0, IngestionRegistration.MaxBatch + 1)
            .Select(_ => (JsonNode)new JsonObject { ["type"] = "inspection", ["id"] = "x" }).ToArray());
        var response = await api.Client().PostAsync("/api/v1/batch",
            new StringContent(new JsonObject { ["records"] = records }.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>The type discriminator must come first in a polymorphic JSON object.</summary>
    private static JsonObject Reorder(JsonObject o)
    {
        var copy = new JsonObject { ["type"] = (string)o["type"]! };
        foreach (var (k, v) in o) if (k != "type") copy[k] = v?.DeepClone();
        return copy;
    }

    private static void Set(JsonObject record, string pointer, string value)
    {
        var parts = pointer.Trim('/').Split('/');
        JsonNode node = record;
        foreach (var part in parts[..^1]) node = int.TryParse(part, out var i) ? node[i]! : node[part]!;
        var last = parts[^1];
        JsonNode? newValue = double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var d) && pointer.Contains("location")
            ? JsonValue.Create(d) : JsonValue.Create(value);
        if (int.TryParse(last, out var index)) node.AsArray()[index] = newValue;
        else node[last] = newValue;
    }
}

public class RateLimitTests : IDisposable
{
    private readonly TempDatabase _db = new();

    [Fact]
    public async Task A_key_over_its_rate_gets_429_with_retry_after_and_other_keys_do_not()
    {
        await using var app = new SupervisionApp(_db.Path, settings: new Dictionary<string, string> { ["Ingestion:RequestsPerSecondPerKey"] = "3" });
        app.CreateClient();
        var keys = app.Services.GetRequiredService<AgencyKeys>();
        var busy = (await keys.CreateAsync("370102-SCJG", "busy"))!;
        var calm = (await keys.CreateAsync("370103-SCJG", "calm"))!;
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, busy.Key);
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 10; i++) responses.Add(await client.PostAsJsonAsync("/api/v1/inspections", new { id = $"R{i}" }));
        Assert.Equal(HttpStatusCode.BadRequest, responses[0].StatusCode); // within the limit the record itself is judged
        var limited = responses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal("1", limited.Headers.RetryAfter!.ToString());
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType!.MediaType);
        var other = app.CreateClient();
        other.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, calm.Key);
        Assert.Equal(HttpStatusCode.BadRequest, (await other.PostAsJsonAsync("/api/v1/inspections", new { id = "C1" })).StatusCode);
    }

    public void Dispose() => _db.Dispose();
}

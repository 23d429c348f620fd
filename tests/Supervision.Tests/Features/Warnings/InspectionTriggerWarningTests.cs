using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Features.Warnings;

namespace Supervision.Tests.Features.Warnings;

/// <summary>
/// Inspections posted through the API after a joint inspection, judged by the app's own engine: those the plan excepts
/// (上级交办、其他机关移送、重点领域治理部署) are not repeats and do not count against the credit-grade frequency; a routine one is a repeat.
/// </summary>
public class InspectionTriggerWarningTests
{
    private const string AgencyCode = "370102-SCJG";

    [Fact]
    public async Task Each_new_trigger_after_a_joint_inspection_does_not_raise_repeat_after_joint_while_a_routine_one_does()
    {
        using var file = new TempDatabase();
        var clock = TestClock.AwayFromMidnight();
        await using var app = new SupervisionApp(file.Path) { Clock = clock };
        app.CreateClient();
        var key = (await app.Services.GetRequiredService<AgencyKeys>().CreateAsync(AgencyCode, "test"))!;
        var factory = app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>();
        var engine = app.Services.GetRequiredService<WarningEngine>();
        string[] officers;
        await using (var db = await factory.CreateDbContextAsync())
            officers = await db.Officers.Where(o => o.AgencyId == key.AgencyId && o.CertificateExpiresOn > clock.Today().AddDays(30))
                .OrderBy(o => o.Id).Select(o => o.CertificateNumber).Take(2).ToArrayAsync();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key.Key);
        var body = $"6{Random.Shared.Next(1_000_000, 9_999_999)}";
        var withOrg = "91370102" + body + CreditCode.OrganizationCheck(body);
        var party = new JsonObject { ["name"] = "济南交办移送测试有限公司", ["creditCode"] = withOrg + CreditCode.CheckCharacter(withOrg) };
        // The clock stands at least half an hour from Shanghai midnight: all of these are today, in this order.
        var now = clock.GetUtcNow();

        async Task<int> PostAsync(string kind, int minutesAgo, string? joint = null)
        {
            var record = new JsonObject
            {
                ["id"] = $"TRG-{Guid.NewGuid():N}",
                ["party"] = party.DeepClone(),
                ["kind"] = kind,
                ["jointReference"] = joint,
                ["preFiledAt"] = now.AddDays(-1),
                ["startedAt"] = now.AddMinutes(-minutesAgo),
                ["location"] = new JsonObject { ["lon"] = 117.0208, ["lat"] = 36.6683 },
                ["officers"] = new JsonArray([.. officers.Select(o => (JsonNode)o!)]),
            };
            var response = await client.PostAsync("/api/v1/inspections", new StringContent(record.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var id = (int)(await response.Content.ReadFromJsonAsync<JsonObject>())!["recordId"]!;
            // Judged at once by the engine (the app's own evaluation job does the same in the background).
            await engine.EvaluateAsync([new RecordTouch(RecordKind.Inspection, id)]);
            return id;
        }

        async Task<List<Warning>> PartyWarningsAsync()
        {
            await using var db = await factory.CreateDbContextAsync();
            var partyId = await db.Parties.Where(p => p.CreditCode == (string)party["creditCode"]!).Select(p => p.Id).SingleAsync();
            return await db.Warnings.Include(w => w.Links).AsNoTracking()
                .Where(w => w.SubjectKey.StartsWith(RepeatAfterJointRule.PartyKey(partyId) + ":") || w.SubjectKey.StartsWith(InspectionFrequencyRule.PartyKey(partyId) + ":"))
                .ToListAsync();
        }

        var joint = await PostAsync("Joint", 25, joint: $"LH-{Guid.NewGuid():N}");
        var triggered = new List<int>();
        foreach (var (kind, minutesAgo) in new[] { ("HigherLevelAssignment", 20), ("Referral", 18), ("KeySectorCampaign", 16) })
        {
            triggered.Add(await PostAsync(kind, minutesAgo));
            // Neither a repeat after the joint inspection nor, with the joint one, over grade B's three a year (ungraded counts as B).
            Assert.Empty(await PartyWarningsAsync());
        }

        var routine = await PostAsync("Routine", 10);
        var warning = Assert.Single(await PartyWarningsAsync());
        Assert.Equal(RepeatAfterJointRule.RuleCode, warning.RuleCode);
        Assert.Equal(WarningLevel.Yellow, warning.Level);
        Assert.Equal(1, warning.Severity);
        var linked = warning.Links.Where(l => l.Kind == RecordKind.Inspection).Select(l => l.RecordId).Order().ToList();
        Assert.Equal([joint, routine], linked);
        Assert.Contains("单独检查1次", warning.Detail);
    }
}

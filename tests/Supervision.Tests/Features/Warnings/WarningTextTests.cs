using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Calendar;
using Supervision.Domain.Inspections;
using Supervision.Domain.Matters;
using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;
using Supervision.Tests.Features.Seeding;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Notices;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Features.Warnings.Webhooks;

namespace Supervision.Tests.Features.Warnings;

/// <summary>
/// Every rule's output on the demo city reads as people speak: names, document numbers and Chinese dates, never an
/// internal number, a subject key, a placeholder or an English enum value; the title says what is wrong with whom, so
/// it is never the rule's name. The same holds for what leaves the system: a webhook's payload and a notice drafted
/// from the warnings.
/// </summary>
public partial class WarningTextTests(DemoWarningsApp demo) : IClassFixture<DemoWarningsApp>
{
    /// <summary>Every member name of every enum in the domain (Routine, Hotline12345, Seizure …), as words.</summary>
    /// <summary>Chinese characters are word characters to .NET, so "领域MarketRegulation" has no \b: letters are bounded by non-letters instead.</summary>
    private static readonly Regex EnglishEnum = new(@"(?<![A-Za-z])(" + string.Join("|", typeof(Warning).Assembly.GetTypes().Where(t => t.IsEnum)
        .SelectMany(Enum.GetNames).Where(n => n.Length >= 3).Distinct().Select(Regex.Escape)) + @")(?![A-Za-z])");

    private static IEnumerable<string> Problems(string text)
    {
        if (text.Contains('⟦') || text.Contains('⟧')) yield return "placeholder left";
        if (InternalId().Match(text) is { Success: true } id) yield return $"internal id “{id.Value}”";
        if (EnglishEnum.Match(text) is { Success: true } e) yield return $"English enum value “{e.Value}”";
        if (IsoDate().Match(text) is { Success: true } d) yield return $"ISO date “{d.Value}” (Chinese text writes 2026年12月3日)";
        if (HalfWidth().Match(text) is { Success: true } p) yield return $"half-width punctuation “{p.Value}”";
    }

    private static void AssertReadable(string what, string text)
    {
        var problems = Problems(text).ToList();
        Assert.True(problems.Count == 0, $"{what}: {string.Join("; ", problems)} in: {text}");
    }

    [Fact]
    public async Task Every_rule_names_what_is_wrong_with_whom_in_Chinese()
    {
        var catalogue = demo.App.Services.GetRequiredService<RuleCatalogue>();
        await using var db = await demo.Db();
        var warnings = await db.Warnings.AsNoTracking().ToListAsync();
        // Five rules have little or nothing to find in the demo city (no notice is issued yet, no enterprise is visited by three agencies
        // in a week, every record was reported on time, the calendar is maintained): their findings are made from real records and named by
        // the engine's own naming.
        var texts = warnings.Select(w => (w.RuleCode, w.Title, w.Detail)).Concat((await UnplantedAsync(db)).Select(f => (f.RuleCode, f.Title, f.Detail))).ToList();
        var rules = texts.Select(t => t.RuleCode).ToHashSet();
        Assert.All(demo.App.Services.GetRequiredService<WarningSettings>().Rules.All.Select(r => r.Code), code => Assert.Contains(code, rules));
        foreach (var (rule, title, detail) in texts)
        {
            AssertReadable($"{rule} title", title);
            AssertReadable($"{rule} detail", detail);
            Assert.NotEqual(catalogue.NameOf(rule), title);
        }
        // Titles name their subject, so two warnings of one rule do not read alike.
        Assert.All(warnings.GroupBy(w => w.RuleCode).Where(g => g.Count() > 1), g => Assert.True(g.Select(w => w.Title).Distinct().Count() > 1, g.Key));
    }

    [Fact]
    public async Task Names_come_from_the_records_a_warning_links()
    {
        await using var db = await demo.Db();
        var overdue = await db.Warnings.AsNoTracking().Include(w => w.Links).FirstAsync(w => w.RuleCode == OverdueRectificationRule.RuleCode);
        var orderId = overdue.Links.Single(l => l.Kind == RecordKind.RectificationOrder).RecordId;
        var order = await db.RectificationOrders.AsNoTracking().SingleAsync(o => o.Id == orderId);
        var party = await db.Parties.AsNoTracking().SingleAsync(p => p.Id == order.PartyId);
        Assert.StartsWith(party.Name, overdue.Title);
        Assert.Contains(order.ExternalId, overdue.Detail);
        Assert.Contains($"{order.Deadline.Year}年{order.Deadline.Month}月{order.Deadline.Day}日", overdue.Detail);

        var evidence = await db.Warnings.AsNoTracking().Include(w => w.Links).FirstAsync(w => w.RuleCode == EvidenceOfficersRule.RuleCode);
        var caseId = evidence.Links.Single(l => l.Kind == RecordKind.Case).RecordId;
        Assert.Contains(await db.Cases.Where(c => c.Id == caseId).Select(c => c.Number).SingleAsync(), evidence.Title);

        var frequency = await db.Warnings.AsNoTracking().Include(w => w.Links).FirstAsync(w => w.RuleCode == InspectionFrequencyRule.RuleCode);
        var enterpriseId = frequency.Links.Single(l => l.Kind == RecordKind.Party).RecordId;
        var enterprise = await db.Parties.AsNoTracking().SingleAsync(p => p.Id == enterpriseId);
        Assert.Contains($"{enterprise.Name}（统一社会信用代码{enterprise.CreditCode}）", frequency.Detail);
    }

    [Fact]
    public async Task Webhook_payloads_and_notices_drafted_from_warnings_carry_the_same_text()
    {
        var store = demo.App.Services.GetRequiredService<WarningStore>();
        await using var db = await demo.Db();
        var oneOfEach = (await db.WarningChanges.AsNoTracking().Include(c => c.Warning).Where(c => c.Kind == WarningChangeKind.Raised).ToListAsync())
            .GroupBy(c => c.Warning!.RuleCode).Select(g => g.First()).ToList();
        foreach (var change in oneOfEach)
        {
            var payload = WebhookPayload.Of(store.News(change));
            AssertReadable("webhook title", payload.Title);
            AssertReadable("webhook detail", payload.Detail);
            AssertReadable("webhook rule name", payload.RuleName);
        }

        await using var scope = demo.App.Services.CreateAsyncScope();
        var notices = scope.ServiceProvider.GetRequiredService<NoticeService>();
        foreach (var byAgency in oneOfEach.Select(c => c.Warning!).Where(w => w.AgencyId is not null).GroupBy(w => w.AgencyId))
        {
            var draft = await notices.PrefillAsync([.. byAgency.Select(w => w.Id)], [], SignedInAs.Principal(Roles.Supervisor, null));
            var items = draft.Facts.Split('\n');
            Assert.Equal(byAgency.Count(), items.Length);
            foreach (var (w, i) in byAgency.OrderBy(w => w.Id).Select((w, i) => (w, i)))
            {
                Assert.StartsWith($"{i + 1}．", items[i]);
                Assert.Contains(w.Detail, items[i]);
            }
            AssertReadable("notice title", draft.Title);
            AssertReadable("notice facts", draft.Facts.Replace("\n", "", StringComparison.Ordinal));
        }
    }

    private async Task<IReadOnlyList<WarningFinding>> UnplantedAsync(SupervisionDbContext db)
    {
        var now = DemoCity.Anchor;
        var party = await db.Parties.AsNoTracking().Where(p => p.Kind == PartyKind.Enterprise).OrderBy(p => p.Id).FirstAsync();
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Id).Take(3).ToListAsync();
        var visits = agencies.Select((a, i) => new InspectionFact(-1 - i, a.Id, a.Sector, party.Id, InspectionKind.Routine, now.AddDays(-i), now.AddDays(-i - 1),
            party.StreetId)).ToList();
        var multi = new MultiAgencyInspectionRule(new MultiAgencyInspectionOptions()).Evaluate(new InspectionSnapshot(visits, []), now);
        var notices = new NoticeReplyOverdueRule(new NoticeReplyOverdueOptions())
            .Evaluate([new NoticeFact(1, "济执监〔2026〕3号", agencies[0].Id, true, true, ChinaTime.DayOf(now).AddDays(-5))], now);
        // 首违不罚 on a real case, party and matter: the demo's cases are not generated with that in mind.
        var item = (await db.FourListItems.AsNoTracking().Where(i => i.List == FourList.NoPenalty).ToListAsync()).First(i => i.AppliesToFirstViolation);
        var fined = await db.Cases.AsNoTracking().Where(c => c.MatterId == item.MatterId).OrderBy(c => c.Id).FirstOrDefaultAsync()
            ?? await db.Cases.AsNoTracking().OrderBy(c => c.Id).FirstAsync();
        var first = new FirstViolationRule(new FirstViolationOptions()).Evaluate(new FirstViolationSnapshot(
            [new FirstViolationFact(fined.Id, fined.AgencyId, fined.PartyId, item.MatterId, fined.StreetId, now.AddDays(-20), now.AddDays(-2), 3000, null)],
            [new NoPenaltyItemFact(item.Id, item.MatterId, item.Code, item.Circumstance)]), now);
        var inspection = await db.Inspections.AsNoTracking().OrderBy(i => i.Id).FirstAsync();
        var measure = await db.CompulsoryMeasures.AsNoTracking().Where(m => m.AgencyId == inspection.AgencyId).OrderBy(m => m.Id).FirstOrDefaultAsync();
        var holidays = demo.App.Services.GetRequiredService<Supervision.Web.Features.Calendar.CurrentCalendar>().Calendar;
        var reports = new List<ReportFact> { new(RecordKind.Inspection, inspection.Id, inspection.AgencyId, now.AddDays(-20), now) };
        if (measure is not null) reports.Add(new(RecordKind.CompulsoryMeasure, measure.Id, measure.AgencyId, now.AddDays(-9), now));
        var late = new LateReportingRule(new LateReportingOptions(), holidays).Evaluate(reports, now);
        // The demo city's calendar covers the year ahead: the coverage warning is judged for a calendar ending a year earlier.
        var year = ChinaTime.DayOf(now).AddDays(60).Year;
        var calendar = new CalendarCoverageRule(new CalendarCoverageOptions()).Evaluate([year - 1], ChinaTime.StartOfDayUtc(new DateOnly(year - 1, 12, 1)));
        var findings = multi.Concat(notices).Concat(late).Concat(calendar).Concat(first).ToList();
        Assert.Equal(5, findings.Count);
        return await WarningNames.RenderAsync(db, findings, CancellationToken.None);
    }

    [Fact]
    public void The_checks_themselves_catch_what_they_are_for()
    {
        Assert.Contains(Problems("检查(编号123,企业编号45)未事前报备"), p => p.StartsWith("internal id", StringComparison.Ordinal));
        Assert.Contains(Problems("inspection-not-prefiled:inspection:12"), p => p.StartsWith("internal id", StringComparison.Ordinal));
        Assert.Contains(Problems("同领域(MarketRegulation)"), p => p.StartsWith("English enum", StringComparison.Ordinal));
        Assert.Contains(Problems("同领域MarketRegulation执法单位"), p => p.StartsWith("English enum", StringComparison.Ordinal));
        Assert.Contains(Problems("企业inspection 12"), p => p.StartsWith("internal id", StringComparison.Ordinal));
        Assert.Contains(Problems("应于2026-12-03前"), p => p.StartsWith("ISO date", StringComparison.Ordinal));
        Assert.Contains(Problems("⟦Party:3⟧"), p => p == "placeholder left");
        Assert.Empty(Problems("济南某某餐饮管理有限公司（统一社会信用代码91370102MA3C4D5E6F）2026年已接受检查5次，超出2次。"));
    }

    [GeneratedRegex(@"编号\s*\d|#\d|(?<![a-z])[a-z]+(-[a-z]+)*:[a-z]+:\d+|(?<![a-z])(party|case|inspection|officer|street|matter|order|measure|complaint)\s*\d+",
        RegexOptions.IgnoreCase)]
    private static partial Regex InternalId();

    [GeneratedRegex(@"(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"[,;:()]")]
    private static partial Regex HalfWidth();
}

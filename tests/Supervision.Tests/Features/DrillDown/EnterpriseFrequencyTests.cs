using System.Net;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Inspections;
using Supervision.Domain.Parties;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.DrillDown;
using Supervision.Web.Shared;

namespace Supervision.Tests.Features.DrillDown;

[Collection(DrillDownCollection.Name)]
public class EnterpriseFrequencyTests(DrillDownApp fixture)
{
    [Fact]
    public async Task An_A_grade_enterprise_inspected_three_times_this_year_is_over_its_limit_of_two()
    {
        var now = fixture.Clock.UtcNow();
        var yearStart = ChinaTime.StartOfDayUtc(new DateOnly(ChinaTime.DayOf(now).Year, 1, 1));
        await using var db = fixture.Db();
        var party = await db.Parties.Where(p => p.Kind == PartyKind.Enterprise && p.CreditGrade == CreditGrade.A)
            .Where(p => !db.Inspections.Any(i => i.PartyId == p.Id)).OrderBy(p => p.Id).FirstAsync();
        var (x, y) = (1, 2);
        var officer = await db.Officers.Where(o => o.AgencyId == x).Select(o => o.Id).FirstAsync();
        var at = now.AddMinutes(-30) < yearStart ? yearStart.AddMinutes(1) : now.AddMinutes(-30);
        Inspection Make(int agency, InspectionKind kind, string? joint = null) => new()
        {
            AgencyId = agency, ExternalId = $"FREQ-{Guid.NewGuid():N}", PartyId = party.Id, Kind = kind, JointReference = joint,
            PreFiledAt = at.AddDays(-1), StartedAt = at, EndedAt = at.AddHours(1), StreetId = party.StreetId,
            Latitude = party.Latitude, Longitude = party.Longitude, Result = InspectionResult.NothingFound, ReceivedAt = at,
        };
        var routine = new[] { Make(x, InspectionKind.Routine), Make(x, InspectionKind.DoubleRandom) };
        db.Inspections.AddRange(routine);
        db.Inspections.AddRange(Make(x, InspectionKind.ComplaintTriggered), Make(x, InspectionKind.Joint, "FREQ-LH"), Make(y, InspectionKind.Joint, "FREQ-LH"));
        await db.SaveChangesAsync();
        db.InspectionOfficers.AddRange(routine.Select(i => new InspectionOfficer { InspectionId = i.Id, OfficerId = officer }));
        await db.SaveChangesAsync();

        var detail = await fixture.As().Enterprises.GetAsync(party.Id);
        Assert.NotNull(detail);
        // Two routine + one joint visit (two agencies, one record each) count; the complaint-triggered one does not.
        Assert.Equal(3, detail.ThisYear.Counted);
        Assert.Equal(2, detail.ThisYear.Limit);
        Assert.Equal(1, detail.ThisYear.NotCounted);
        Assert.True(detail.ThisYear.Over);
        var byAgency = detail.ByAgency.ToDictionary(a => a.Id, a => a.ThisYear);
        Assert.Equal(4, byAgency[x]);
        Assert.Equal(1, byAgency[y]);
        Assert.Equal(2, detail.ByOfficer.Single(o => o.Id == officer).ThisYear);

        var row = Assert.Single((await fixture.As().Enterprises.ListAsync(new EnterpriseFilter(Text: party.CreditCode), new PageRequest())).Items);
        Assert.Equal(detail.ThisYear, row.ThisYear);

        var html = WebUtility.HtmlDecode(await (await fixture.App.SignInAsync("operator")).GetStringAsync($"/enterprises/{party.Id}"));
        Assert.Contains("本年已检查 3 次 / 上限 2 次", html);
        Assert.Contains("信用等级 A 级", html);
    }

    [Fact]
    public async Task Searching_by_name_or_credit_code_finds_the_enterprise()
    {
        await using var db = fixture.Db();
        var e = await db.Parties.Where(p => p.Kind == PartyKind.Enterprise).OrderBy(p => p.Id).Skip(10).FirstAsync();
        var q = fixture.As().Enterprises;

        Assert.Contains((await q.ListAsync(new EnterpriseFilter(Text: e.CreditCode), new PageRequest())).Items, r => r.Id == e.Id);
        var byName = await q.ListAsync(new EnterpriseFilter(Text: e.Name), new PageRequest());
        Assert.Contains(byName.Items, r => r.Id == e.Id);
        Assert.All(byName.Items, r => Assert.Contains(e.Name, r.Name));
        // A name exactly as long as a credit code is still searched as a name.
        var longName = new Party { Kind = PartyKind.Enterprise, Name = "济南市历下区泉城路老字号餐饮管理有限公司"[..18],
            StreetId = e.StreetId, CreditGrade = CreditGrade.B };
        db.Parties.Add(longName);
        await db.SaveChangesAsync();
        Assert.Equal(18, longName.Name.Length);
        Assert.Contains((await q.ListAsync(new EnterpriseFilter(Text: longName.Name), new PageRequest())).Items, r => r.Id == longName.Id);
        // Persons are parties too, but never enterprises.
        var person = await db.Parties.Where(p => p.Kind == PartyKind.Person).Select(p => p.Id).FirstAsync();
        Assert.Null(await q.GetAsync(person));
    }
}

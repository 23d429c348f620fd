using System.Net;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Parties;

namespace Supervision.Tests.Features.DrillDown;

[Collection(DrillDownCollection.Name)]
public class PersonalDataOnPagesTests(DrillDownApp fixture)
{
    [Fact]
    public async Task A_case_page_shows_a_person_party_with_masked_name_and_ID_number()
    {
        await using var db = fixture.Db();
        var cases = await (from c in db.Cases
                           join p in db.Parties on c.PartyId equals p.Id
                           where p.Kind == PartyKind.Person && p.IdNumber != null && p.Name.Length >= 2
                           select new { c.Id, c.Number, p.Name, p.IdNumber }).Take(20).ToListAsync();
        var officerNames = await db.Officers.Select(o => o.Name).ToListAsync();
        // A name no officer also bears, so its absence from the page means it was masked.
        var subject = cases.First(c => !officerNames.Any(n => n.Contains(c.Name)));
        var client = await fixture.App.SignInAsync("operator");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/cases/{subject.Id}"));
        Assert.Contains(subject.Number, html);
        Assert.Contains(PersonalData.MaskName(subject.Name), html);
        Assert.Contains(IdNumber.Mask(subject.IdNumber!), html);
        Assert.DoesNotContain(subject.Name, html);
        Assert.DoesNotContain(subject.IdNumber!, html);
    }

    [Fact]
    public async Task A_case_page_shows_the_timeline_with_the_decision_limit()
    {
        await using var db = fixture.Db();
        var decided = await db.Cases.Where(c => c.DecidedAt != null).Select(c => c.Id).FirstAsync();
        var html = WebUtility.HtmlDecode(await (await fixture.App.SignInAsync("supervisor")).GetStringAsync($"/cases/{decided}"));
        Assert.Contains("data-testid=\"case-timeline\"", html);
        Assert.Contains("/ 时限 90 日", html);
        Assert.Contains("/ 时限 7 个工作日", html);
    }
}

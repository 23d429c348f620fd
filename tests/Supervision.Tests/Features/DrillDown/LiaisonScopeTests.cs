using System.Net;
using Microsoft.EntityFrameworkCore;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.DrillDown;
using Supervision.Web.Shared;

namespace Supervision.Tests.Features.DrillDown;

/// <summary>A liaison's drill-downs show its own agency's records and nothing of another agency's, by any route.</summary>
[Collection(DrillDownCollection.Name)]
public class LiaisonScopeTests(DrillDownApp fixture)
{
    private const string LiaisonAgency = "370102-SCJG";   // the demo liaison's agency

    [Fact]
    public async Task A_liaisons_lists_hold_only_its_agencys_records()
    {
        await using var db = fixture.Db();
        var own = await db.Agencies.Where(a => a.Code == LiaisonAgency).Select(a => a.Id).SingleAsync();
        var other = await db.Cases.Where(c => c.AgencyId != own).GroupBy(c => c.AgencyId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var q = fixture.As(liaisonOf: own);

        var cases = await q.Cases.ListAsync(new CaseFilter(), new PageRequest(0, PageRequest.MaxPageSize));
        Assert.Equal(await db.Cases.CountAsync(c => c.AgencyId == own), cases.Total);
        Assert.True(cases.Total > 0);
        Assert.All(cases.Items, r => Assert.Equal(own, r.AgencyId));
        // Asking for another agency's cases outright gives nothing.
        Assert.Equal(0, (await q.Cases.ListAsync(new CaseFilter(AgencyId: other), new PageRequest())).Total);

        var street = await db.Inspections.Where(i => i.AgencyId == own).Select(i => i.StreetId).FirstAsync();
        var inspections = await q.Inspections.ListAsync(new InspectionFilter(StreetId: street), new PageRequest(0, PageRequest.MaxPageSize));
        Assert.True(await db.Inspections.CountAsync(i => i.StreetId == street) > inspections.Total);
        Assert.All(inspections.Items, r => Assert.Equal(own, r.AgencyId));

        var agencies = await q.Agencies.ListAsync(new AgencyFilter(), new PageRequest(), Period.Of(PeriodPreset.ThisYear, fixture.Clock.Today()));
        Assert.Equal(own, Assert.Single(agencies.Items).Id);

        var figures = await q.Figures.ForAgencyAsync(other, Period.Of(PeriodPreset.Last365Days, fixture.Clock.Today()));
        Assert.Equal(0, figures.Inspections + figures.CasesFiled + figures.RectificationsOpen + figures.ComplaintsReceived);
    }

    [Fact]
    public async Task Another_agencys_case_officer_and_agency_are_not_found_for_a_liaison()
    {
        await using var db = fixture.Db();
        var own = await db.Agencies.Where(a => a.Code == LiaisonAgency).Select(a => a.Id).SingleAsync();
        var q = fixture.As(liaisonOf: own);
        var otherCase = await db.Cases.Where(c => c.AgencyId != own).Select(c => c.Id).FirstAsync();
        var ownCase = await db.Cases.Where(c => c.AgencyId == own).Select(c => c.Id).FirstAsync();
        var otherOfficer = await db.Officers.Where(o => o.AgencyId != own).Select(o => o.Id).FirstAsync();
        var otherAgency = await db.Agencies.Where(a => a.Id != own).Select(a => a.Code).FirstAsync();

        Assert.Null(await q.Cases.GetAsync(otherCase));
        Assert.NotNull(await q.Cases.GetAsync(ownCase));
        Assert.Null(await q.Officers.GetAsync(otherOfficer));
        Assert.Null(await q.Agencies.GetAsync(otherAgency));
        Assert.NotNull(await q.Agencies.GetAsync(LiaisonAgency));
        // City-wide users see them all.
        Assert.NotNull(await fixture.As().Cases.GetAsync(otherCase));
        Assert.NotNull(await fixture.As().Agencies.GetAsync(otherAgency));
    }

    [Fact]
    public async Task An_enterprise_page_shows_a_liaison_only_its_own_agencys_inspections()
    {
        await using var db = fixture.Db();
        var own = await db.Agencies.Where(a => a.Code == LiaisonAgency).Select(a => a.Id).SingleAsync();
        var party = await db.Inspections.Where(i => i.AgencyId == own)
            .Where(i => db.Inspections.Any(j => j.PartyId == i.PartyId && j.AgencyId != own)).Select(i => i.PartyId).FirstOrDefaultAsync();
        Assert.NotEqual(0, party);

        var seen = await fixture.As(liaisonOf: own).Enterprises.GetAsync(party);
        Assert.NotNull(seen);
        Assert.True(seen.Scoped);
        Assert.Equal(own, Assert.Single(seen.ByAgency).Id);
        var all = await fixture.As().Enterprises.GetAsync(party);
        Assert.True(all!.ByAgency.Count > 1);
    }

    [Fact]
    public async Task The_liaison_opening_another_agencys_case_page_is_told_it_is_not_there()
    {
        await using var db = fixture.Db();
        var own = await db.Agencies.Where(a => a.Code == LiaisonAgency).Select(a => a.Id).SingleAsync();
        var otherCase = await db.Cases.Where(c => c.AgencyId != own).Select(c => new { c.Id, c.Number }).FirstAsync();
        var ownCase = await db.Cases.Where(c => c.AgencyId == own).Select(c => new { c.Id, c.Number }).FirstAsync();
        var otherAgency = await db.Agencies.Where(a => a.Id != own).Select(a => new { a.Code, a.Name }).FirstAsync();
        var liaison = await fixture.App.SignInAsync("liaison");

        var other = WebUtility.HtmlDecode(await liaison.GetStringAsync($"/cases/{otherCase.Id}"));
        Assert.Contains("未找到该案件，或您无权查看", other);
        Assert.DoesNotContain(otherCase.Number, other);
        Assert.Contains(ownCase.Number, WebUtility.HtmlDecode(await liaison.GetStringAsync($"/cases/{ownCase.Id}")));

        var agencyPage = WebUtility.HtmlDecode(await liaison.GetStringAsync($"/agencies/{otherAgency.Code}"));
        Assert.Contains("未找到该执法单位，或您无权查看", agencyPage);
        Assert.DoesNotContain("data-testid=\"figure-", agencyPage);
    }
}

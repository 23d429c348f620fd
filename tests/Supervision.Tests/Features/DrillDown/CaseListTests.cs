using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Cases;
using Supervision.Domain.Parties;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.DrillDown;
using Supervision.Web.Shared;

namespace Supervision.Tests.Features.DrillDown;

[CollectionDefinition(Name)]
public sealed class DrillDownCollection : ICollectionFixture<DrillDownApp>
{
    public const string Name = "drill-down";
}

[Collection(DrillDownCollection.Name)]
public class CaseListTests(DrillDownApp fixture)
{
    private readonly DrillDownApp.Queries _q = fixture.As();

    [Fact]
    public async Task Pages_walk_an_agencys_cases_at_a_stage_newest_first_without_gaps_or_overlap()
    {
        await using var db = fixture.Db();
        var agency = await db.Cases.GroupBy(c => c.AgencyId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var expected = await db.Cases.Where(c => c.AgencyId == agency && c.Stage == CaseStage.Closed)
            .OrderByDescending(c => c.FiledAt).ThenByDescending(c => c.Id).Select(c => c.Id).ToListAsync();
        Assert.True(expected.Count > 60, "the busiest agency should have a few pages of closed cases");

        var seen = new List<int>();
        var filter = new CaseFilter(AgencyId: agency, Stage: CaseStage.Closed);
        for (var page = 0; page * 25 < expected.Count; page++)
        {
            var result = await _q.Cases.ListAsync(filter, new PageRequest(page, 25, nameof(CaseRow.FiledAt), Descending: true));
            Assert.Equal(expected.Count, result.Total);
            Assert.All(result.Items, r => Assert.Equal((agency, CaseStage.Closed), (r.AgencyId, r.Stage)));
            seen.AddRange(result.Items.Select(r => r.Id));
        }
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task Sorting_by_fine_ascending_returns_the_smallest_fines_first()
    {
        await using var db = fixture.Db();
        var agency = await db.Cases.GroupBy(c => c.AgencyId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var result = await _q.Cases.ListAsync(new CaseFilter(AgencyId: agency, Stage: CaseStage.Closed), new PageRequest(0, 50, nameof(CaseRow.Fine), Descending: false));
        var fines = result.Items.Select(r => r.Fine!.Value).ToList();
        Assert.Equal(fines.Order(), fines);
        var smallest = await db.Cases.Where(c => c.AgencyId == agency && c.Stage == CaseStage.Closed).MinAsync(c => c.Fine);
        Assert.Equal(smallest, fines[0]);
    }

    [Fact]
    public async Task Street_and_period_filters_count_the_same_cases_as_the_database()
    {
        await using var db = fixture.Db();
        var street = await db.Cases.GroupBy(c => c.StreetId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var today = fixture.Clock.Today();
        var period = Period.Of(PeriodPreset.Last30Days, today);
        var expected = await db.Cases.CountAsync(c => c.StreetId == street && c.FiledAt >= period.FromUtc && c.FiledAt < period.ToUtcExclusive);

        var result = await _q.Cases.ListAsync(new CaseFilter(StreetId: street, Filed: period), new PageRequest());
        Assert.Equal(expected, result.Total);
        Assert.All(result.Items, r => Assert.InRange(r.FiledAt, period.FromUtc, period.ToUtcExclusive));
    }

    [Fact]
    public async Task The_overdue_filter_lists_exactly_the_undecided_cases_past_their_decision_limit()
    {
        await using var db = fixture.Db();
        var holidays = fixture.App.Services.GetRequiredService<ReferenceData>().Holidays;
        var today = fixture.Clock.Today();
        var undecided = await db.Cases.Where(c => c.DecidedAt == null).Select(c => new { c.Id, c.FiledAt }).ToListAsync();
        var expected = undecided.Where(c => CaseTimeline.DecisionOverdue(c.FiledAt, null, today, holidays)).Select(c => c.Id).Order().ToList();
        Assert.NotEmpty(expected);   // the demo city plants cases past the limit

        var result = await _q.Cases.ListAsync(new CaseFilter(OverdueOnly: true), new PageRequest(0, PageRequest.MaxPageSize));
        Assert.Equal(expected.Count, result.Total);
        Assert.All(result.Items, r => Assert.Contains(r.Id, expected));
        Assert.Equal(Math.Min(expected.Count, PageRequest.MaxPageSize), result.Items.Count);
        Assert.All(result.Items, r => Assert.True(r.DecisionOverdue));
    }

    [Fact]
    public async Task A_person_partys_name_is_masked_in_the_case_list()
    {
        await using var db = fixture.Db();
        var person = await (from c in db.Cases join p in db.Parties on c.PartyId equals p.Id where p.Kind == PartyKind.Person select p).FirstAsync();

        var result = await _q.Cases.ListAsync(new CaseFilter(PartyId: person.Id), new PageRequest());
        Assert.NotEmpty(result.Items);
        Assert.All(result.Items, r => Assert.Equal(PersonalData.MaskName(person.Name), r.PartyName));
    }

    [Fact]
    public async Task An_officers_inspections_are_the_ones_linked_to_the_officer()
    {
        await using var db = fixture.Db();
        var officer = await db.InspectionOfficers.GroupBy(o => o.OfficerId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var expected = await db.InspectionOfficers.Where(o => o.OfficerId == officer).Select(o => o.InspectionId).OrderBy(id => id).ToListAsync();

        var result = await _q.Inspections.ListAsync(new InspectionFilter(OfficerId: officer), new PageRequest(0, PageRequest.MaxPageSize));
        Assert.Equal(expected.Count, result.Total);
        Assert.Equal(expected.Take(PageRequest.MaxPageSize).Count(), result.Items.Count);
        var times = result.Items.Select(r => r.StartedAt).ToList();
        Assert.Equal(times.OrderDescending(), times);
    }

    [Fact]
    public async Task An_agencys_figures_count_its_records_in_the_period_and_what_stands_open_today()
    {
        await using var db = fixture.Db();
        var agency = await db.Cases.GroupBy(c => c.AgencyId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var today = fixture.Clock.Today();
        var p = Period.Of(PeriodPreset.Last90Days, today);

        var figures = await _q.Figures.ForAgencyAsync(agency, p);
        Assert.Equal(await db.Inspections.CountAsync(i => i.AgencyId == agency && i.StartedAt >= p.FromUtc && i.StartedAt < p.ToUtcExclusive), figures.Inspections);
        Assert.Equal(await db.Cases.CountAsync(c => c.AgencyId == agency && c.FiledAt >= p.FromUtc && c.FiledAt < p.ToUtcExclusive), figures.CasesFiled);
        Assert.Equal(await db.Cases.Where(c => c.AgencyId == agency && c.DecidedAt >= p.FromUtc && c.DecidedAt < p.ToUtcExclusive)
            .SumAsync(c => c.Fine ?? 0), figures.FinesDecided);
        Assert.Equal(await db.RectificationOrders.CountAsync(r => r.AgencyId == agency && r.ReviewedAt == null && r.Deadline < today), figures.RectificationsOverdue);
        Assert.True(figures.Inspections > 0 && figures.CasesFiled > 0);
    }
}

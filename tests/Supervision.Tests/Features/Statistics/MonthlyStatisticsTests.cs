using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Agencies;
using Supervision.Domain.Geography;
using Supervision.Domain.Matters;
using Supervision.Domain.Notices;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Statistics;

namespace Supervision.Tests.Features.Statistics;

[Collection(StatisticsCollection.Name)]
public class MonthlyStatisticsTests(StatisticsApp fixture)
{
    /// <summary>The month's figures counted straight from the records, in memory, with no code of the query under test.</summary>
    private async Task<Figures> CountAsync(Func<int, bool> agency, Func<int?, bool> street)
    {
        var (from, to) = (fixture.Month.FromUtc, fixture.Month.ToUtc);
        await using var db = await fixture.Db();
        var decided = (await db.Cases.AsNoTracking().Where(c => c.DecidedAt >= from && c.DecidedAt < to)
            .Select(c => new { c.AgencyId, c.StreetId, c.Fine, c.FourList }).ToListAsync())
            .Where(c => agency(c.AgencyId) && street(c.StreetId)).ToList();
        var complaints = (await db.Complaints.AsNoTracking().Where(c => c.ReceivedAt >= from && c.ReceivedAt < to).ToListAsync())
            .Where(c => agency(c.AgencyId) && street(c.StreetId)).ToList();
        var warnings = (await db.Warnings.AsNoTracking().Where(w => w.RaisedAt >= from && w.RaisedAt < to).ToListAsync())
            .Where(w => w.AgencyId is { } a && agency(a) && street(w.StreetId)).ToList();
        var notices = (await db.Notices.AsNoTracking().Where(n => n.Status != NoticeStatus.Draft && n.IssuedAt >= from && n.IssuedAt < to).ToListAsync())
            .Where(n => agency(n.AgencyId)).ToList();
        return new Figures
        {
            Inspections = (await db.Inspections.AsNoTracking().Where(i => i.StartedAt >= from && i.StartedAt < to).Select(i => new { i.AgencyId, i.StreetId }).ToListAsync())
                .Count(i => agency(i.AgencyId) && street(i.StreetId)),
            CasesFiled = (await db.Cases.AsNoTracking().Where(c => c.FiledAt >= from && c.FiledAt < to).Select(c => new { c.AgencyId, c.StreetId }).ToListAsync())
                .Count(c => agency(c.AgencyId) && street(c.StreetId)),
            CasesDecided = decided.Count,
            Fines = decided.Sum(c => c.Fine ?? 0),
            NoPenalty = decided.Count(c => c.FourList == FourList.NoPenalty),
            Reduced = decided.Count(c => c.FourList == FourList.Reduced),
            Lighter = decided.Count(c => c.FourList == FourList.Lighter),
            Heavier = decided.Count(c => c.FourList == FourList.Heavier),
            WarningsRed = warnings.Count(w => w.PeakLevel == Supervision.Domain.Warnings.WarningLevel.Red),
            WarningsOrange = warnings.Count(w => w.PeakLevel == Supervision.Domain.Warnings.WarningLevel.Orange),
            WarningsYellow = warnings.Count(w => w.PeakLevel == Supervision.Domain.Warnings.WarningLevel.Yellow),
            WarningsBlue = warnings.Count(w => w.PeakLevel == Supervision.Domain.Warnings.WarningLevel.Blue),
            NoticesIssued = notices.Count,
            NoticesOnTime = notices.Count(n => n.RepliedAt is { } r && Supervision.Domain.Calendar.ChinaTime.DayOf(r) <= n.ReplyDeadline),
            NoticesLate = notices.Count(n => n.RepliedAt is { } r && Supervision.Domain.Calendar.ChinaTime.DayOf(r) > n.ReplyDeadline),
            NoticesUnanswered = notices.Count(n => n.RepliedAt is null),
            ComplaintsReceived = complaints.Count,
            ComplaintsOnTime = complaints.Count(c => c.HandledAt is { } h && h <= c.Deadline),
        };
    }

    [Fact]
    public async Task The_city_figures_are_the_months_records()
    {
        var report = await fixture.StatisticsAs(SignedInAs.Principal(Roles.Analyst, null)).ReadAsync(fixture.Month);
        var expected = await CountAsync(_ => true, _ => true);

        Assert.Equal(expected, report.Total);
        Assert.True(expected.Inspections > 100 && expected.CasesFiled > 10 && expected.CasesDecided > 10 && expected.Fines > 0 && expected.ComplaintsReceived > 0,
            $"The demo month {fixture.Month.Label} should have activity: {expected}");
        Assert.Equal((1, 1, 0, 1), (expected.WarningsRed, expected.WarningsOrange, expected.WarningsYellow, expected.WarningsBlue));
        Assert.Equal((3, 1, 1, 1), (expected.NoticesIssued, expected.NoticesOnTime, expected.NoticesLate, expected.NoticesUnanswered));
        // Every view is a division of the same figures.
        Assert.Equal(report.Total, Figures.Sum(report.ByAgency.Select(r => r.Figures)));
        Assert.Equal(report.Total, Figures.Sum(report.ByDistrict.Select(r => r.Figures)));
        Assert.Equal(report.Total, Figures.Sum(report.BySector.Select(r => r.Figures)));
    }

    [Fact]
    public async Task Filters_narrow_the_figures_to_their_district_sector_or_agency_family()
    {
        await using var db = await fixture.Db();
        var agencies = await db.Agencies.AsNoTracking().ToListAsync();
        var district = await db.Regions.Where(r => r.Kind == RegionKind.District).OrderBy(r => r.Code).FirstAsync();
        var streets = await db.Regions.Where(r => r.ParentId == district.Id).Select(r => r.Id).ToListAsync();
        var family = agencies.Where(a => a.Id == fixture.MarketBureauId || a.ParentId == fixture.MarketBureauId
            || agencies.Any(p => p.Id == a.ParentId && p.ParentId == fixture.MarketBureauId)).Select(a => a.Id).ToHashSet();
        var market = agencies.Where(a => a.Sector == Sector.MarketRegulation).Select(a => a.Id).ToHashSet();
        var statistics = fixture.StatisticsAs(SignedInAs.Principal(Roles.Analyst, null));
        var city = (await statistics.ReadAsync(fixture.Month)).Total;

        var byDistrict = await statistics.ReadAsync(fixture.Month with { DistrictId = district.Id });
        var expectedDistrict = await CountAsync(_ => true, s => s is { } id && streets.Contains(id));
        Assert.Equal(expectedDistrict with { NoticesIssued = 0, NoticesOnTime = 0, NoticesLate = 0, NoticesUnanswered = 0 },
            byDistrict.Total with { NoticesIssued = 0, NoticesOnTime = 0, NoticesLate = 0, NoticesUnanswered = 0 });
        Assert.True(byDistrict.Total.Inspections < city.Inspections);
        Assert.Equal([district.Name], byDistrict.ByDistrict.Where(r => r.Figures.Inspections > 0).Select(r => r.Name));

        var bySector = await statistics.ReadAsync(fixture.Month with { Sector = Sector.MarketRegulation });
        Assert.Equal(await CountAsync(market.Contains, _ => true), bySector.Total);
        Assert.Equal([Web.Components.Shared.Terms.Of(Sector.MarketRegulation)], bySector.BySector.Select(r => r.Name));

        var byAgency = await statistics.ReadAsync(fixture.Month with { AgencyId = fixture.MarketBureauId });
        Assert.Equal(await CountAsync(family.Contains, _ => true), byAgency.Total);
        var codes = agencies.Where(a => family.Contains(a.Id)).Select(a => a.Code).ToHashSet();
        Assert.All(byAgency.ByAgency, r => Assert.Contains(r.Key, codes));
    }

    [Fact]
    public async Task A_liaison_sees_only_its_agency_whatever_it_asks_for()
    {
        var liaison = fixture.StatisticsAs(SignedInAs.Liaison(fixture.MarketBureauId));
        var report = await liaison.ReadAsync(fixture.Month);
        var expected = await CountAsync(a => a == fixture.MarketBureauId, _ => true);

        Assert.Equal(expected, report.Total);
        Assert.Equal(["370102-SCJG"], report.ByAgency.Select(r => r.Key));
        Assert.Equal((1, 1, 2), (report.Total.WarningsRed, report.Total.WarningsBlue, report.Total.NoticesIssued));
        // Asking for the city's largest sector or another agency does not widen the scope.
        var other = await liaison.ReadAsync(fixture.Month with { Sector = Sector.UrbanManagement });
        Assert.Equal(0, other.Total.Inspections + other.Total.CasesFiled + other.Total.Warnings);
    }
}

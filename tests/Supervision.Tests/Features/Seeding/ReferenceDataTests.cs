using System.Text.Json;
using Supervision.Domain.Agencies;
using Supervision.Domain.Geography;
using Supervision.Domain.Matters;
using Supervision.Web.Shared;

namespace Supervision.Tests.Features.Seeding;

public class ReferenceDataTests
{
    private static readonly ReferenceData Reference = ReferenceData.Load(TestPaths.DataSeed);

    [Fact]
    public void Jinan_has_its_districts_and_161_streets()
    {
        Assert.Equal(10, Reference.Regions.Count(r => r.Kind == RegionKind.District));
        Assert.Equal(2, Reference.Regions.Count(r => r.Kind == RegionKind.County));
        Assert.True(Reference.Regions.Count(r => r.Kind == RegionKind.FunctionZone) >= 1);
        Assert.Equal(161, Reference.Streets.Count());
        Assert.Equal(Reference.Regions.Count, Reference.Regions.Select(r => r.Code).Distinct().Count());
    }

    [Fact]
    public void Thirty_three_city_departments_and_a_team_in_every_street()
    {
        Assert.Equal(33, Reference.Agencies.Count(a => a.Level == AgencyLevel.City));
        var teams = Reference.Agencies.Where(a => a.Level == AgencyLevel.Street).Select(a => a.RegionId).ToHashSet();
        Assert.All(Reference.Streets, s => Assert.Contains(s.Id, teams));
        Assert.All(Reference.Agencies.Where(a => a.Level != AgencyLevel.City), a => Assert.NotNull(a.ParentId));
    }

    [Fact]
    public void Four_lists_total_1077_items_in_Jinans_proportions()
    {
        var byList = Reference.ListItems.GroupBy(i => i.List).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(435, byList[FourList.NoPenalty]);
        Assert.Equal(148, byList[FourList.Reduced]);
        Assert.Equal(238, byList[FourList.Lighter]);
        Assert.Equal(256, byList[FourList.Heavier]);
        Assert.Equal(33, Reference.Matters.Select(m => m.DepartmentId).Distinct().Count());
    }

    [Fact]
    public void Every_matter_has_contiguous_benchmarks_inside_its_statutory_range()
    {
        var benchmarks = Reference.Benchmarks.ToLookup(b => b.MatterId);
        Assert.All(Reference.Matters, m =>
        {
            var levels = benchmarks[m.Id].OrderBy(b => b.Level).ToList();
            Assert.Equal(Enum.GetValues<DiscretionLevel>(), levels.Select(b => b.Level));
            Assert.Equal(m.StatutoryMinFine, levels[0].MinFine);
            Assert.Equal(m.StatutoryMaxFine, levels[^1].MaxFine);
            for (var i = 0; i < levels.Count; i++)
            {
                Assert.True(levels[i].MinFine <= levels[i].MaxFine, m.Code);
                if (i > 0) Assert.Equal(levels[i - 1].MaxFine, levels[i].MinFine);
            }
        });
    }

    [Fact]
    public void Holidays_cover_the_generated_years_with_make_up_days_on_weekends()
    {
        Assert.Contains(2025, Reference.Holidays.Years);
        Assert.Contains(2026, Reference.Holidays.Years);
        Assert.True(Reference.Holidays.IsPublicHoliday(new DateOnly(2026, 10, 1)));
        Assert.True(Reference.Holidays.IsPublicHoliday(new DateOnly(2026, 2, 17)));   // 春节
        Assert.True(Reference.Holidays.IsWorkingDay(new DateOnly(2026, 2, 14)));      // Saturday worked for 春节
        Assert.False(Reference.Holidays.IsWorkingDay(new DateOnly(2025, 10, 8)));
    }

    [Fact]
    public void The_map_has_one_feature_per_street_matched_by_code()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.DataSeed, "map", "streets.geojson")));
        var codes = doc.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("code").GetString()!).ToHashSet();
        Assert.Equal(Reference.Streets.Select(s => s.Code).ToHashSet(), codes);
    }
}

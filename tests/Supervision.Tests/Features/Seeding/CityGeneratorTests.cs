using System.Security.Cryptography;
using System.Text.Json;
using Supervision.Domain.Agencies;
using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;
using Supervision.Domain.Inspections;
using Supervision.Domain.Matters;
using Supervision.Domain.Officers;
using Supervision.Domain.Parties;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Shared;

namespace Supervision.Tests.Features.Seeding;

/// <summary>One demo city, generated once for the class: its promises are checked against its own records.</summary>
public sealed class DemoCity
{
    public static readonly DateTime Anchor = new(2026, 11, 23, 2, 30, 0, DateTimeKind.Utc); // 10:30 in Shanghai
    public ReferenceData Reference { get; } = ReferenceData.Load(TestPaths.DataSeed);
    public GeneratedCity City { get; }

    public DemoCity() => City = CityGenerator.Generate(Reference, GeneratorProfile.Demo, 7, Anchor);

    public HashSet<int> PlantedIds(Irregularity kind) => City.Planted.Where(p => p.Kind == kind).Select(p => p.SubjectId).ToHashSet();
}

public class CityGeneratorTests(DemoCity demo) : IClassFixture<DemoCity>
{
    private readonly GeneratedCity _city = demo.City;
    private readonly ReferenceData _ref = demo.Reference;
    private readonly DateOnly _today = ChinaTime.DayOf(DemoCity.Anchor);

    [Fact]
    public void Same_seed_same_city_and_another_seed_another_city()
    {
        var again = CityGenerator.Generate(_ref, GeneratorProfile.Demo, 7, DemoCity.Anchor);
        var other = CityGenerator.Generate(_ref, GeneratorProfile.Demo, 8, DemoCity.Anchor);
        Assert.Equal(Fingerprint(_city), Fingerprint(again));
        Assert.NotEqual(Fingerprint(_city), Fingerprint(other));
    }

    [Fact]
    public void Makes_the_profile_sizes()
    {
        var p = GeneratorProfile.Demo;
        Assert.InRange(_city.Officers.Count, p.Officers * 0.95, p.Officers * 1.15);
        Assert.Equal(p.Enterprises, _city.Parties.Count(x => x.Kind == PartyKind.Enterprise));
        Assert.Equal(p.Persons, _city.Parties.Count(x => x.Kind == PartyKind.Person));
        Assert.InRange(_city.Inspections.Count, p.Inspections, p.Inspections * 1.1);
        Assert.Equal(p.Cases, _city.Cases.Count);
        Assert.InRange(_city.CompulsoryMeasures.Count, p.CompulsoryMeasures * 0.9, p.CompulsoryMeasures);
        Assert.Equal(p.Complaints, _city.Complaints.Count);
    }

    [Fact]
    public void Every_record_is_valid_at_the_edge_of_the_domain()
    {
        Assert.All(_city.Parties.Where(x => x.Kind == PartyKind.Enterprise), x => Assert.Empty(CreditCode.Validate(x.CreditCode)));
        Assert.All(_city.Parties.Where(x => x.Kind == PartyKind.Person), x => Assert.Empty(IdNumber.Validate(x.IdNumber, _today)));
        Assert.All(_city.Parties, x => Assert.True(_ref.Boundary.Contains(new(x.Longitude, x.Latitude)), x.Name));
        var stages = _city.CaseStages.ToLookup(s => s.CaseId);
        Assert.All(_city.Cases, c => Assert.Empty(StageSequence.Validate(
            stages[c.Id].OrderBy(s => s.Stage).Select(s => (s.Stage, s.OccurredAt)).ToList(), c.IsMajor, DemoCity.Anchor)));
        Assert.All(_city.Inspections, i => Assert.True(i.StartedAt <= DemoCity.Anchor && i.ReceivedAt <= DemoCity.Anchor));
    }

    [Fact]
    public void Work_happens_on_working_days_in_office_hours()
    {
        bool InOffice(DateTime utc)
        {
            var local = ChinaTime.ToLocal(utc);
            return _ref.Holidays.IsWorkingDay(DateOnly.FromDateTime(local)) && local.TimeOfDay >= new TimeSpan(8, 30, 0) && local.TimeOfDay < new TimeSpan(17, 30, 0);
        }
        Assert.All(_city.Inspections.Where(i => i.Kind != InspectionKind.ComplaintTriggered), i => Assert.True(InOffice(i.StartedAt)));
        Assert.All(_city.Cases, c => Assert.True(InOffice(c.FiledAt)));
        // Complaint-triggered inspections and complaints come at any day, but the demo period has weekends and
        // 国庆 in it, so some of them must fall outside working days.
        Assert.Contains(_city.Complaints, c => !_ref.Holidays.IsWorkingDay(ChinaTime.DayOf(c.ReceivedAt)));
    }

    [Fact]
    public void Four_lists_are_used_in_Jinans_proportions()
    {
        var decided = _city.Cases.Where(c => c.DecidedAt is not null).ToList();
        var listed = decided.Where(c => c.FourList is not null).ToList();
        Assert.InRange(listed.Count / (double)decided.Count, CityGenerator.FourListUse - 0.07, CityGenerator.FourListUse + 0.03);
        var total = CityGenerator.FourListShares.Values.Sum();
        // 144,250 of 151,384 Jinan four-list cases were no-penalty (95.3%).
        Assert.InRange(listed.Count(c => c.FourList == FourList.NoPenalty) / (double)listed.Count,
            CityGenerator.FourListShares[FourList.NoPenalty] / total - 0.02, CityGenerator.FourListShares[FourList.NoPenalty] / total + 0.02);
        Assert.All(listed.Where(c => c.FourList == FourList.NoPenalty), c => Assert.Equal((PenaltyKind.NoPenalty, 0L), (c.PenaltyKind!.Value, c.Fine!.Value)));
        // The list item applied belongs to the case's matter.
        var items = _ref.ListItems.ToDictionary(i => i.Id);
        Assert.All(listed, c => Assert.Equal(c.MatterId, items[c.FourListItemId!.Value].MatterId));
    }

    [Fact]
    public void Credit_grades_follow_the_generator_mix()
    {
        var enterprises = _city.Parties.Where(p => p.Kind == PartyKind.Enterprise).ToList();
        double Share(CreditGrade g) => enterprises.Count(p => p.CreditGrade == g) / (double)enterprises.Count;
        Assert.InRange(Share(CreditGrade.A), 0.27, 0.33);
        Assert.InRange(Share(CreditGrade.B), 0.42, 0.48);
        Assert.InRange(Share(CreditGrade.C), 0.16, 0.20);
        Assert.InRange(Share(CreditGrade.D), 0.055, 0.085);
    }

    // ---- each planted irregularity: found in the records exactly where planted, at its rate -----------------------

    [Fact]
    public void Inspections_without_pre_filing_are_exactly_the_planted_ones()
    {
        var found = _city.Inspections.Where(i => i.PreFiledAt is null).Select(i => i.Id).ToHashSet();
        Assert.Equal(demo.PlantedIds(Irregularity.InspectionWithoutPreFiling), found);
        Assert.InRange(found.Count / (double)_city.Inspections.Count, 0.015, 0.025);
        Assert.All(_city.Inspections.Where(i => i.PreFiledAt is not null), i => Assert.True(i.PreFiledAt < i.StartedAt));
    }

    [Fact]
    public void Single_officer_evidence_is_exactly_the_planted_cases()
    {
        var found = _city.CaseOfficers.GroupBy(o => o.CaseId).Where(g => g.Count() < 2).Select(g => g.Key).ToHashSet();
        Assert.Equal(demo.PlantedIds(Irregularity.SingleOfficerEvidence), found);
        Assert.InRange(found.Count / (double)_city.Cases.Count, 0.006, 0.014);
    }

    [Fact]
    public void Evidence_by_lapsed_certificates_is_exactly_the_planted_cases()
    {
        var officers = _city.Officers.ToDictionary(o => o.Id);
        var evidenceDay = _city.CaseStages.Where(s => s.Stage == CaseStage.Evidence).ToDictionary(s => s.CaseId, s => ChinaTime.DayOf(s.OccurredAt));
        var found = _city.CaseOfficers
            .Where(o => evidenceDay.TryGetValue(o.CaseId, out var day) && !officers[o.OfficerId].CertificateValidOn(day))
            .Select(o => o.CaseId).ToHashSet();
        Assert.Equal(demo.PlantedIds(Irregularity.LapsedCertificateEvidence), found);
        Assert.InRange(found.Count, 0.003 * _city.Cases.Count, 0.0055 * _city.Cases.Count);
    }

    [Fact]
    public void Fines_outside_the_benchmark_are_exactly_the_planted_ones()
    {
        var matters = _ref.Matters.ToDictionary(m => m.Id);
        var benchmarks = _ref.Benchmarks.ToDictionary(b => (b.MatterId, b.Level));
        var decided = _city.Cases.Where(c => c.DecidedAt is not null).ToList();
        var found = decided
            .Where(c => !FineRange.For(benchmarks[(c.MatterId, c.DiscretionLevel!.Value)], c.FourList, matters[c.MatterId].StatutoryMinFine).Contains(c.Fine!.Value))
            .Select(c => c.Id).ToHashSet();
        Assert.Equal(demo.PlantedIds(Irregularity.FineOutsideBenchmark), found);
        var ordinaryFines = decided.Count(c => c is { Fine: > 0, FourList: null });
        Assert.InRange(found.Count, 0.004 * ordinaryFines, 0.02 * ordinaryFines);
    }

    [Fact]
    public void Cases_past_the_decision_time_limit_are_exactly_the_planted_ones()
    {
        var limit = DemoCity.Anchor.AddDays(-CaseTimeLimits.DecisionDays);
        var found = _city.Cases.Where(c => c.DecidedAt is null && c.FiledAt < limit).Select(c => c.Id).ToHashSet();
        Assert.Equal(demo.PlantedIds(Irregularity.CasePastTimeLimit), found);
        Assert.Equal((int)Math.Round(new IrregularityRates().CasesPastTimeLimit * _city.Cases.Count), found.Count);
        // Every other case decided within the limit.
        Assert.All(_city.Cases.Where(c => c.DecidedAt is not null), c => Assert.True(c.DecidedAt!.Value - c.FiledAt < TimeSpan.FromDays(CaseTimeLimits.DecisionDays)));
    }

    [Fact]
    public void Overdue_rectifications_are_exactly_the_planted_ones()
    {
        var due = _city.RectificationOrders.Where(o => o.Deadline < _today).ToList();
        var found = due.Where(o => o.ReviewedAt is null).Select(o => o.Id).ToHashSet();
        Assert.Equal(demo.PlantedIds(Irregularity.OverdueRectification), found);
        Assert.InRange(found.Count / (double)due.Count, 0.015, 0.045);
        Assert.All(due.Where(o => o.ReviewedAt is not null), o => Assert.True(ChinaTime.DayOf(o.ReviewedAt!.Value) <= o.Deadline && o.ReviewedAt > o.IssuedAt));
    }

    [Fact]
    public void Overdue_complaints_are_exactly_the_planted_ones()
    {
        var due = _city.Complaints.Where(c => c.Deadline < DemoCity.Anchor).ToList();
        var found = due.Where(c => c.HandledAt is null).Select(c => c.Id).ToHashSet();
        Assert.Equal(demo.PlantedIds(Irregularity.OverdueComplaint), found);
        Assert.InRange(found.Count / (double)due.Count, 0.01, 0.06);
    }

    [Fact]
    public void Night_or_holiday_executions_without_emergency_are_exactly_the_planted_ones()
    {
        bool NightOrHoliday(DateTime utc)
        {
            var local = ChinaTime.ToLocal(utc);
            return local.Hour >= CityGenerator.NightStartsAt || local.Hour < CityGenerator.NightEndsAt
                || _ref.Holidays.IsPublicHoliday(DateOnly.FromDateTime(local));
        }
        var executions = _city.CompulsoryMeasures.Where(m => m.IsExecution).ToList();
        var found = executions.Where(m => !m.IsEmergency && NightOrHoliday(m.StartedAt)).Select(m => m.Id).ToHashSet();
        Assert.Equal(demo.PlantedIds(Irregularity.NightOrHolidayExecution), found);
        Assert.InRange(found.Count, 1, Math.Max(3, 0.08 * executions.Count));
        Assert.All(_city.CompulsoryMeasures, m => Assert.True(m.StartedAt <= DemoCity.Anchor));
    }

    [Fact]
    public void Training_shortfalls_are_exactly_the_planted_officers()
    {
        var pace = Officer.RequiredTrainingHoursPerYear * _today.AddDays(-1).DayOfYear / 365.0;
        var found = _city.Officers.Where(o => o.TrainingHours < pace * 0.5).Select(o => o.Id).ToHashSet();
        Assert.Equal(demo.PlantedIds(Irregularity.TrainingShortfall), found);
        Assert.InRange(found.Count / (double)_city.Officers.Count, 0.035, 0.065);
    }

    [Fact]
    public void Repeat_offenders_are_exactly_the_planted_party_and_matter_pairs()
    {
        var found = _city.Cases.GroupBy(c => (c.PartyId, c.MatterId))
            .Where(g => MaxInWindow(g.Select(c => c.FiledAt), 60) >= 3)
            .Select(g => g.Key).ToHashSet();
        var planted = _city.Planted.Where(p => p.Kind == Irregularity.RepeatOffender).Select(p => (p.SubjectId, p.MatterId!.Value)).ToHashSet();
        Assert.Equal(planted, found);
        Assert.Equal((int)Math.Round(new IrregularityRates().RepeatOffenders * GeneratorProfile.Demo.Enterprises), found.Count);
    }

    [Fact]
    public void Street_hotspots_are_exactly_the_planted_street_and_matter_pairs()
    {
        var found = _city.Cases.GroupBy(c => (c.StreetId, c.MatterId))
            .Where(g => MaxInWindow(g.Select(c => c.FiledAt), 30) >= 10)
            .Select(g => g.Key).ToHashSet();
        var planted = _city.Planted.Where(p => p.Kind == Irregularity.StreetHotspot).Select(p => (p.SubjectId, p.MatterId!.Value)).ToHashSet();
        Assert.Equal(planted, found);
        Assert.InRange(found.Count, 6, 9); // 5% of 161 streets
    }

    [Fact]
    public void Over_frequent_inspection_is_exactly_the_planted_enterprises()
    {
        var parties = _city.Parties.ToDictionary(p => p.Id);
        var limits = new InspectionFrequency();
        // A joint inspection counts once for the enterprise, however many agencies took part.
        var found = _city.Inspections.Where(i => InspectionFrequency.Counts(i.Kind))
            .GroupBy(i => (i.PartyId, ChinaTime.DayOf(i.StartedAt).Year))
            .Where(g => g.Select(i => i.JointReference ?? $"#{i.Id}").Distinct().Count() > limits.MaxPerYear(parties[g.Key.PartyId].CreditGrade!.Value))
            .Select(g => g.Key.PartyId).ToHashSet();
        Assert.Equal(demo.PlantedIds(Irregularity.OverFrequentInspection), found);
        Assert.InRange(found.Count, 0.002 * GeneratorProfile.Demo.Enterprises, 0.004 * GeneratorProfile.Demo.Enterprises);
    }

    [Fact]
    public void Multi_agency_inspection_is_exactly_the_planted_enterprises()
    {
        var found = _city.Inspections.Where(i => i.Kind is InspectionKind.Routine or InspectionKind.DoubleRandom)
            .GroupBy(i => i.PartyId)
            .Where(g => g.Any(first => g.Where(i => i.StartedAt >= first.StartedAt && i.StartedAt < first.StartedAt.AddDays(7)).Select(i => i.AgencyId).Distinct().Count() >= 3))
            .Select(g => g.Key).ToHashSet();
        Assert.Equal(demo.PlantedIds(Irregularity.MultiAgencyInspection), found);
        Assert.InRange(found.Count, 0.002 * GeneratorProfile.Demo.Enterprises, 0.004 * GeneratorProfile.Demo.Enterprises);
    }

    [Fact]
    public void Repeat_inspection_after_a_joint_one_is_exactly_the_planted_enterprises()
    {
        var agencies = _ref.Agencies.ToDictionary(a => a.Id);
        Sector Field(int agencyId) => agencies[agencyId].Sector == Sector.Comprehensive ? Sector.UrbanManagement : agencies[agencyId].Sector;
        var found = new HashSet<int>();
        foreach (var g in _city.Inspections.GroupBy(i => i.PartyId))
        {
            var joints = g.Where(i => i.Kind == InspectionKind.Joint).ToList();
            if (g.Any(i => i.Kind is InspectionKind.Routine or InspectionKind.DoubleRandom && joints.Any(j =>
                    j.StartedAt < i.StartedAt && ChinaTime.DayOf(j.StartedAt).Year == ChinaTime.DayOf(i.StartedAt).Year && Field(j.AgencyId) == Field(i.AgencyId))))
                found.Add(g.Key);
        }
        Assert.Equal(demo.PlantedIds(Irregularity.RepeatAfterJointInspection), found);
        Assert.InRange(found.Count, 0.001 * GeneratorProfile.Demo.Enterprises, 0.003 * GeneratorProfile.Demo.Enterprises);
        // Joint inspections exist beyond the planted ones, each with two or three agencies.
        var groups = _city.Inspections.Where(i => i.JointReference is not null).GroupBy(i => i.JointReference).ToList();
        Assert.True(groups.Count > found.Count * 5);
        Assert.All(groups, j => Assert.InRange(j.Select(i => i.AgencyId).Distinct().Count(), 2, 3));
    }

    /// <summary>The most events inside any window of the given days.</summary>
    private static int MaxInWindow(IEnumerable<DateTime> times, int days)
    {
        var sorted = times.Order().ToArray();
        var best = 0;
        for (int i = 0, j = 0; i < sorted.Length; i++)
        {
            while (sorted[i] - sorted[j] >= TimeSpan.FromDays(days)) j++;
            best = Math.Max(best, i - j + 1);
        }
        return best;
    }

    private static string Fingerprint(GeneratedCity city)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new object[]
        {
            city.Officers, city.Parties, city.Inspections, city.InspectionOfficers, city.Cases, city.CaseStages,
            city.CaseOfficers, city.RectificationOrders, city.CompulsoryMeasures, city.Complaints, city.Planted,
        });
        return Convert.ToHexString(SHA256.HashData(json));
    }
}

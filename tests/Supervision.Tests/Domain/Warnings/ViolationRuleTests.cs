using Supervision.Domain.Warnings;
using static Supervision.Tests.Domain.Warnings.WarningTestData;

namespace Supervision.Tests.Domain.Warnings;

public class RepeatViolationRuleTests
{
    // Window of 180 days ending 2026-06-30: 2026-01-02 to 2026-06-30 in Shanghai.
    private static readonly DateTime Now = Local("2026-06-30 10:00");
    private readonly RepeatViolationRule _rule = new(new RepeatViolationOptions());

    private static ViolationFact Case(int id, DateTime filedAt, int party = 7, int matter = 45, int street = 3, int agency = 1) =>
        new(id, agency, party, matter, street, filedAt);

    private static List<ViolationFact> Cases(int n, int party = 7, int matter = 45) =>
        [.. Enumerable.Range(1, n).Select(i => Case(i, Local("2026-06-01 09:00").AddDays(i), party, matter))];

    [Fact]
    public void Two_cases_are_not_yet_repeated_three_are_blue()
    {
        Assert.Empty(_rule.Evaluate(Cases(2), Now));
        var finding = Assert.Single(_rule.Evaluate(Cases(3), Now));
        Assert.Equal(WarningLevel.Blue, finding.Level);
        Assert.Equal("repeat-violation:party:7:matter:45", finding.SubjectKey);
        Assert.Equal([1, 2, 3], finding.Records.Single(r => r.Kind == RecordKind.Case).Ids);
    }

    [Theory]
    [InlineData(3, WarningLevel.Blue)]
    [InlineData(4, WarningLevel.Yellow)]
    [InlineData(5, WarningLevel.Orange)]
    [InlineData(6, WarningLevel.Orange)]
    [InlineData(7, WarningLevel.Red)]
    public void More_cases_escalate_under_the_same_key(int n, WarningLevel level)
    {
        var finding = Assert.Single(_rule.Evaluate(Cases(n), Now));
        Assert.Equal(level, finding.Level);
        Assert.Equal("repeat-violation:party:7:matter:45", finding.SubjectKey);
    }

    [Fact]
    public void The_window_starts_at_midnight_in_Shanghai_of_its_first_day()
    {
        var two = Cases(2);
        // 2026-01-02 00:00 in Shanghai is 2026-01-01 16:00 UTC.
        Assert.Single(_rule.Evaluate([.. two, Case(9, new DateTime(2026, 1, 1, 16, 0, 0, DateTimeKind.Utc))], Now));
        Assert.Empty(_rule.Evaluate([.. two, Case(9, new DateTime(2026, 1, 1, 15, 59, 59, DateTimeKind.Utc))], Now));
    }

    [Fact]
    public void The_window_ends_today()
    {
        Assert.Single(_rule.Evaluate([.. Cases(2), Case(9, Local("2026-06-30 09:59"))], Now));
    }

    [Fact]
    public void Other_parties_and_matters_are_counted_apart()
    {
        List<ViolationFact> cases = [Case(1, Now, party: 1), Case(2, Now, party: 2), Case(3, Now, party: 1, matter: 46), Case(4, Now, party: 1)];
        Assert.Empty(_rule.Evaluate(cases, Now));
    }

    [Fact]
    public void The_same_facts_give_the_same_findings()
    {
        var cases = Cases(4);
        var first = _rule.Evaluate(cases, Now).ToList();
        var second = _rule.Evaluate(cases.AsEnumerable().Reverse().ToList(), Now).ToList();
        Assert.Equal(first.Select(f => (f.SubjectKey, f.Level, f.Severity)), second.Select(f => (f.SubjectKey, f.Level, f.Severity)));
        // The same record pushed twice is one case.
        Assert.Equal(WarningLevel.Yellow, _rule.Evaluate([.. cases, cases[0]], Now).Single().Level);
    }
}

public class StreetHotspotRuleTests
{
    private static readonly DateTime Now = Local("2026-06-30 10:00");
    private readonly StreetHotspotRule _rule = new(new StreetHotspotOptions());

    private static List<ViolationFact> Cases(int n, int street = 3, int firstId = 1) =>
        [.. Enumerable.Range(firstId, n).Select(i => new ViolationFact(i, AgencyId: i % 3 == 0 ? 2 : 1, PartyId: i, MatterId: 45, street, Local("2026-06-20 09:00")))];

    [Fact]
    public void Nine_cases_in_a_street_are_not_a_hotspot_ten_are()
    {
        Assert.Empty(_rule.Evaluate(Cases(9), Now));
        var finding = Assert.Single(_rule.Evaluate(Cases(10), Now));
        Assert.Equal(WarningLevel.Blue, finding.Level);
        Assert.Equal("street-hotspot:street:3:matter:45", finding.SubjectKey);
        Assert.Equal(3, finding.StreetId);
        Assert.Equal(1, finding.AgencyId); // agency 1 filed most of them
    }

    [Theory]
    [InlineData(15, WarningLevel.Yellow)]
    [InlineData(20, WarningLevel.Orange)]
    [InlineData(30, WarningLevel.Red)]
    public void More_cases_escalate(int n, WarningLevel level) =>
        Assert.Equal(level, Assert.Single(_rule.Evaluate(Cases(n), Now)).Level);

    [Fact]
    public void Streets_are_counted_apart()
    {
        Assert.Empty(_rule.Evaluate([.. Cases(5, street: 3), .. Cases(5, street: 4, firstId: 100)], Now));
    }

    [Fact]
    public void The_window_is_thirty_days_including_today()
    {
        // 30 days ending 2026-06-30: from 2026-06-01.
        var nine = Cases(9);
        Assert.Single(_rule.Evaluate([.. nine, new ViolationFact(99, 1, 99, 45, 3, Local("2026-06-01 00:00"))], Now));
        Assert.Empty(_rule.Evaluate([.. nine, new ViolationFact(99, 1, 99, 45, 3, Local("2026-05-31 23:59"))], Now));
    }
}

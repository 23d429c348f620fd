using Microsoft.Extensions.Configuration;
using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;

namespace Supervision.Tests.Domain.Warnings;

public class RuleSettingsTests
{
    [Fact]
    public void The_defaults_are_valid() => Assert.Empty(new RuleSettings().Validate());

    [Fact]
    public void Thresholds_out_of_order_and_empty_windows_are_rejected_by_field()
    {
        var settings = new RuleSettings
        {
            RepeatViolation = new() { WindowDays = 0, Levels = Escalation.Of(3, 2, 5, 7) },
            TrainingHours = new() { FromMonth = 13 },
        };
        var fields = settings.Validate().Select(e => e.Field).ToList();
        Assert.Equal(["repeatViolation.windowDays", "repeatViolation.levels.yellow", "trainingHours.fromMonth"], fields);
    }

    [Fact]
    public void Configuration_overrides_one_value_and_keeps_the_other_defaults()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Warnings:Rules:RepeatViolation:WindowDays"] = "90",
            ["Warnings:Rules:RepeatViolation:Levels:Red"] = "10",
            ["Warnings:Rules:InspectionFrequency:Frequency:GradeA"] = "1",
            ["Warnings:Rules:InspectionFrequency:UngradedAs"] = "C",
            ["Warnings:Rules:NightHolidayExecution:DayOffLevel"] = "Red",
        }).Build();
        var settings = new RuleSettings();
        configuration.GetSection("Warnings:Rules").Bind(settings);

        Assert.Equal(90, settings.RepeatViolation.WindowDays);
        Assert.Equal(Escalation.Of(3, 4, 5, 10), settings.RepeatViolation.Levels);
        Assert.Equal(1, settings.InspectionFrequency.Frequency.MaxPerYear(CreditGrade.A));
        Assert.Equal(3, settings.InspectionFrequency.Frequency.MaxPerYear(CreditGrade.B));
        Assert.Equal(CreditGrade.C, settings.InspectionFrequency.UngradedAs);
        Assert.Equal(WarningLevel.Red, settings.NightHolidayExecution.DayOffLevel);
        // Binding wrote into this instance's options, not into shared defaults.
        Assert.Equal(180, new RuleSettings().RepeatViolation.WindowDays);
        Assert.Equal(7, new RuleSettings().RepeatViolation.Levels.Red);
    }

    [Fact]
    public void Every_rule_has_a_unique_code_a_Chinese_name_and_a_clause()
    {
        var rules = new Supervision.Web.Features.Warnings.Rules.WarningRuleSet(new RuleSettings(), WarningTestData.Calendar).All;
        Assert.Equal(18, rules.Count);
        Assert.Equal(rules.Count, rules.Select(r => r.Code).Distinct().Count());
        Assert.All(rules, r =>
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*$", r.Code);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", r.Name);
            // The clause a rule serves, cited as people cite it: the document's title (never a repository file name).
            Assert.Matches("《|泉执法", r.Source);
            Assert.DoesNotContain("seeds/", r.Source);
        });
    }
}

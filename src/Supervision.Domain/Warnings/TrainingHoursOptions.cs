using Supervision.Domain.Officers;

namespace Supervision.Domain.Warnings;

/// <summary>
/// Officers behind the pace to their yearly training hours late in the year (severity: hours behind the pro-rata pace,
/// which on 31 December is the requirement itself). Blue from one hour behind: rounding and a day's lag are not news.
/// </summary>
public sealed record TrainingHoursOptions
{
    public double RequiredHours { get; init; } = Officer.RequiredTrainingHoursPerYear;
    /// <summary>From this day of the year on (Asia/Shanghai) there is too little year left to leave it to chance.</summary>
    public int FromMonth { get; init; } = 10;
    public int FromDay { get; init; } = 1;
    public Escalation Levels { get; init; } = Escalation.Of(1, 10, 20, 30);
}

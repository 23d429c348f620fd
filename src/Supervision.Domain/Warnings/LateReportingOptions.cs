namespace Supervision.Domain.Warnings;

/// <summary>Reporting on time (数据报送及时性): how many working days an agency has to report an act, and how far back receipts are judged.</summary>
public sealed record LateReportingOptions
{
    /// <summary>Working days after the act's day within which the record must reach the center.</summary>
    public int AllowedWorkingDays { get; init; } = 3;
    /// <summary>Days of receipts judged: a late record stays visible this long after it arrived.</summary>
    public int LookbackDays { get; init; } = 30;
    /// <summary>By the longest delay among the day's late records, in working days after the act.</summary>
    public Escalation Levels { get; init; } = Escalation.Of(4, 8, 16, 31);
}

namespace Supervision.Domain.Cases;

/// <summary>Statutory time limits of a penalty case.</summary>
public static class CaseTimeLimits
{
    /// <summary>行政处罚法 (2021) Art. 60: a decision within 90 days of filing, unless extended by law.</summary>
    public const int DecisionDays = 90;

    /// <summary>
    /// 行政处罚法 (2021) Art. 61: a decision not handed over on the spot is served within seven days, which Art. 85 counts
    /// as working days.
    /// </summary>
    public const int ServiceWorkingDays = 7;
}

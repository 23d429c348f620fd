namespace Supervision.Domain.Cases;

/// <summary>Statutory time limits of a penalty case.</summary>
public static class CaseTimeLimits
{
    /// <summary>行政处罚法 (2021) Art. 60: a decision within 90 days of filing, unless extended by law.</summary>
    public const int DecisionDays = 90;
}

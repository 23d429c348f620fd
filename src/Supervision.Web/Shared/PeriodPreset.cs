namespace Supervision.Web.Shared;

/// <summary>The periods screens offer ready-made (Shanghai days ending today).</summary>
public enum PeriodPreset
{
    Today,
    Last7Days,
    Last30Days,
    Last90Days,
    ThisYear,
    Last365Days,
}

namespace Supervision.Web.Features.DrillDown;

/// <summary>
/// How often an enterprise was inspected this year against what its credit grade allows (null: no grade, no limit), and
/// how many inspections were left out as prompted from outside the agencies' plans.
/// </summary>
public sealed record FrequencyUse(int Year, int Counted, int? Limit, int NotCounted)
{
    public bool Over => Limit is { } limit && Counted > limit;
    public bool AtLimit => Limit is { } limit && Counted == limit;
}

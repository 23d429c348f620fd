namespace Supervision.Web.Features.DrillDown;

/// <summary>How often an enterprise was inspected this year against what its credit grade allows (null: no grade, no limit).</summary>
public sealed record FrequencyUse(int Year, int Counted, int? Limit, int ComplaintTriggered)
{
    public bool Over => Limit is { } limit && Counted > limit;
    public bool AtLimit => Limit is { } limit && Counted == limit;
}

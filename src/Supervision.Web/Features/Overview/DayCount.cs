namespace Supervision.Web.Features.Overview;

public sealed record DayCount(DateOnly Day, int Inspections, int Cases);

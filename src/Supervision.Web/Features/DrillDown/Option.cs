namespace Supervision.Web.Features.DrillDown;

public sealed record Option(int Id, string Code, string Name);

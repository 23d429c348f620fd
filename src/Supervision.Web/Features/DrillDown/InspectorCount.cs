namespace Supervision.Web.Features.DrillDown;

/// <summary>Who inspected an enterprise (an agency or an officer), how often in all and this year, and when last.</summary>
public sealed record InspectorCount(int Id, string Name, string? Detail, int Total, int ThisYear, DateTime LastAt);

namespace Supervision.Web.Features.Wall;

/// <summary>The newest red warning nobody has acknowledged yet, and how many more there are.</summary>
public sealed record WallAlarm(int WarningId, string RuleName, string Title, string Agency, string Street, DateTime AtUtc, int Count);

namespace Supervision.Web.Features.Wall;

/// <summary>
/// The newest red warning that arrived within <see cref="WallOptions.AlarmMinutes"/> and nobody has acknowledged yet:
/// whom it is about (<see cref="Subject"/>, a natural person masked), the agency, and how many more arrived with it.
/// </summary>
public sealed record WallAlarm(int WarningId, string RuleName, string Title, string? Subject, string Agency, string Street, DateTime AtUtc, int Count);

namespace Supervision.Web.Features.Wall;

/// <summary>
/// The wall's alarm band: a flashing <see cref="Alarm"/> when a red warning has just arrived, otherwise a steady summary
/// of the live warnings by level (红 N · 橙 N · 黄 N).
/// </summary>
public sealed record WallBand(WallAlarm? Alarm, int Red, int Orange, int Yellow);

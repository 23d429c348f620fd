using System.ComponentModel.DataAnnotations;

namespace Supervision.Web.Features.Wall;

public sealed class WallOptions
{
    public const string Section = "Wall";

    /// <summary>Seconds each panel of the wall screen stays before the next one rotates in.</summary>
    [Range(5, 3600)]
    public int RotateSeconds { get; set; } = 20;

    /// <summary>Seconds after which a panel's data counts as stale (its freshness label turns amber).</summary>
    [Range(10, 86_400)]
    public int StaleSeconds { get; set; } = 120;

    /// <summary>Seconds after which a panel's data is badly out of date (its freshness label and the clock turn red).</summary>
    [Range(10, 86_400)]
    public int VeryStaleSeconds { get; set; } = 600;

    /// <summary>
    /// A red warning raised or escalated within these minutes flashes on the wall until someone acknowledges it; older
    /// ones are counted in the band's steady summary. Minutes, not hours: the band says what is new, and a first sweep
    /// of a new deployment (hundreds of red warnings at once) must not keep it flashing for days.
    /// </summary>
    [Range(1, 24 * 60)]
    public int AlarmMinutes { get; set; } = 10;
}

using System.ComponentModel.DataAnnotations;

namespace Supervision.Web.Features.Simulator;

public sealed class SimulatorOptions
{
    public const string Section = "Simulator";

    /// <summary>
    /// Stream a realistic live day into the app (demo installs): inspections, cases moving through their stages,
    /// rectification orders and their reviews (some late), compulsory measures, complaints and their handling.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>Records per minute in office hours; a third of that at night and on days off.</summary>
    [Range(1, 60_000)]
    public int EventsPerMinute { get; set; } = 30;
}

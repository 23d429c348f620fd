using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;
using Supervision.Domain.Parties;
using Supervision.Web.Data;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Shared;

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

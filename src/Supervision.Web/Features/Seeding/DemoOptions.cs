using System.ComponentModel.DataAnnotations;

namespace Supervision.Web.Features.Seeding;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Load the demo profile on first start (and, in later issues, demo accounts and the live simulator).</summary>
    public bool Enabled { get; set; }

    /// <summary>Generator seed of the demo data; the same seed gives the same city.</summary>
    [Range(0, int.MaxValue)]
    public int Seed { get; set; } = 20261123;
}

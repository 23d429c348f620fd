using System.ComponentModel.DataAnnotations;

namespace Supervision.Web.Features.Seeding;

public sealed class ReferenceDataOptions
{
    public const string Section = "ReferenceData";

    /// <summary>Folder of regions.json, agencies.json, matters.json, holidays.json and map/ (relative to the content root).</summary>
    [Required]
    public string Directory { get; set; } = "data-seed";
}

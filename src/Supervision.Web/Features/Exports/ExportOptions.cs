using System.ComponentModel.DataAnnotations;

namespace Supervision.Web.Features.Exports;

public sealed class ExportOptions
{
    public const string Section = "Exports";

    /// <summary>Where export files are kept; relative paths are under the database's folder. Empty: "exports" beside the database.</summary>
    public string Directory { get; set; } = "";

    /// <summary>When the previous month's statistics are filed in the archive (five-field cron, Asia/Shanghai).</summary>
    [Required, RegularExpression(@"^\s*(\S+\s+){4}\S+\s*$", ErrorMessage = "Exports:ArchiveCron must be a five-field cron expression.")]
    public string ArchiveCron { get; set; } = "0 1 1 * *";
}

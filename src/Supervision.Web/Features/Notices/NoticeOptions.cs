using System.ComponentModel.DataAnnotations;

namespace Supervision.Web.Features.Notices;

/// <summary>The "Notices" section (appsettings.sample.json, docs/notices.md).</summary>
public sealed class NoticeOptions
{
    public const string Section = "Notices";

    /// <summary>The prefix of the document number: {prefix}〔{year}〕{sequence}号.</summary>
    [Required, StringLength(20, MinimumLength = 1)]
    public string NumberPrefix { get; set; } = "济执监";

    /// <summary>The body named as issuer at the foot of a printed notice.</summary>
    [Required, StringLength(60, MinimumLength = 1)]
    public string IssuingBody { get; set; } = "济南市司法局";

    /// <summary>The reply period a new draft proposes (Shanghai days after today).</summary>
    [Range(1, 365)]
    public int DefaultReplyDays { get; set; } = 15;

    /// <summary>层级督办 after this many days past the reply deadline without a reply.</summary>
    [Range(1, 365)]
    public int EscalateAfterDays { get; set; } = 5;

    [Required, RegularExpression(@"^\s*(\S+\s+){4}\S+\s*$", ErrorMessage = "Notices:EscalationCron must be a five-field cron expression.")]
    public string EscalationCron { get; set; } = "0 * * * *";

    /// <summary>The agency (code) a top-level agency's notice escalates to: the city's enforcement supervision body.</summary>
    [Required]
    public string CityBureauCode { get; set; } = "370100-SFJ";
}

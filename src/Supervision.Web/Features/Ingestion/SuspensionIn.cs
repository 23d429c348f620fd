using System.ComponentModel.DataAnnotations;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// A suspension (中止) of the case: Hearing (听证), Appraisal (检测检验鉴定), Announcement (公告) or Other; its first and
/// last day (yyyy-MM-dd, both not counted in the decision limit); <c>to</c> left out while it lasts.
/// </summary>
public sealed record SuspensionIn([property: MaxLength(32)] string? Reason, DateOnly? From, DateOnly? To,
    [property: MaxLength(CaseLimitChecks.NoteLength), DataType(DataType.MultilineText)] string? Note);

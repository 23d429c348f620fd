using System.ComponentModel.DataAnnotations;

namespace Supervision.Web.Features.Ingestion;

/// <summary>An approved extension of the decision limit (延期): who approved it, the day it runs to, the day it was approved (yyyy-MM-dd).</summary>
public sealed record ExtensionIn([property: MaxLength(CaseLimitChecks.ApproverLength)] string? Approver, DateOnly? Until, DateOnly? ApprovedOn);

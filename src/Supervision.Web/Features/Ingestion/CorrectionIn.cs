using System.ComponentModel.DataAnnotations;

namespace Supervision.Web.Features.Ingestion;

/// <summary>An explicit correction of a decided penalty (a wrong fine typed): the reason is kept with the revision.</summary>
public sealed record CorrectionIn([property: MaxLength(CaseLimitChecks.ReasonLength), DataType(DataType.MultilineText)] string? Reason);

using System.ComponentModel.DataAnnotations;

namespace Supervision.Web.Features.Ingestion;

public sealed record EvaluationIn([property: Range(1, 5)] int? Score, [property: MaxLength(500), DataType(DataType.MultilineText)] string? Comment, DateTimeOffset? At);

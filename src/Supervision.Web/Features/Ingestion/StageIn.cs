using System.ComponentModel.DataAnnotations;

namespace Supervision.Web.Features.Ingestion;

public sealed record StageIn([property: MaxLength(32)] string? Stage, DateTimeOffset? At);

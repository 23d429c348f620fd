using System.ComponentModel.DataAnnotations;

namespace Supervision.Web.Features.Ingestion;

public sealed record ReviewIn(DateTimeOffset? At, [property: MaxLength(32)] string? Result);

using System.Text.Json.Serialization;

namespace Supervision.Web.Features.Ingestion;

public sealed record StageIn(string? Stage, DateTimeOffset? At);

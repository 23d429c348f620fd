namespace Supervision.Web.Features.Ingestion;

public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Requests per second one API key may make (a batch counts once); more get 429 with Retry-After.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 100_000)]
    public int RequestsPerSecondPerKey { get; set; } = 50;
}

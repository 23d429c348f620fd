namespace Supervision.Web.Features.Ingestion;

public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Requests per second one API key may make (a batch counts once); more get 429 with Retry-After.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 100_000)]
    public int RequestsPerSecondPerKey { get; set; } = 50;

    /// <summary>Records dated before this day are refused: no enforcement system of the city holds older ones (a typo, or a zero date).</summary>
    public DateOnly EarliestDate { get; set; } = new(2000, 1, 1);

    /// <summary>
    /// The largest fine (yuan) for a matter whose list gives no statutory maximum; a matter with one is bounded by it.
    /// Never above <see cref="DecisionIn.MaxFine"/>.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(long), "1", DecisionIn.MaxFineText)]
    public long MaxFineWithoutStatutoryMaximum { get; set; } = 100_000_000;

    /// <summary>
    /// Agency code → the prefix of its case numbers (e.g. 370102-SCJG → 济历下市监罚), for the agencies that have one: a
    /// key may then only use numbers under its agency's prefix. Agencies not listed may number as they like.
    /// </summary>
    public Dictionary<string, string> CaseNumberPrefixes { get; set; } = [];

    /// <summary>How often the health checks run for the operators' banner (<see cref="HealthWatch"/>), in seconds.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3600)]
    public int HealthCheckSeconds { get; set; } = 30;
}

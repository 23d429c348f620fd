using System.Text.Json.Serialization;

namespace Supervision.Web.Features.Activity;

/// <summary>One accepted change, as every screen sees it. Personal data is already masked.</summary>
public sealed record ActivityEvent(
    long Sequence,
    string Kind,
    string Action,
    int RecordId,
    int AgencyId,
    string AgencyName,
    int StreetId,
    string StreetName,
    double Longitude,
    double Latitude,
    DateTime OccurredAt,
    DateTime ReceivedAt,
    string Party,
    string Summary)
{
    /// <summary>
    /// Raised on another app instance and relayed here (Features/ScaleOut): shown on this instance's screens, but never
    /// acted on again (its warnings are evaluated, and its hub clients served, by the instance that accepted it).
    /// </summary>
    [JsonIgnore]
    public bool Remote { get; init; }

    /// <summary>The backlog row (Features/Ingestion/AwaitingEvaluation) its record is listed in until evaluated; 0 for none.</summary>
    [JsonIgnore]
    public long Backlog { get; init; }
}

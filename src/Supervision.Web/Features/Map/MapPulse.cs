using Supervision.Web.Features.Activity;

namespace Supervision.Web.Features.Map;

/// <summary>A record to pulse on the map: where it happened and its kind (inspection, case, rectification, measure, complaint — the pulse's colour).</summary>
public sealed record MapPulse(double Longitude, double Latitude, string Kind)
{
    /// <summary>Pulses drawn for one batch of live records at most: a burst shows as a burst without flooding the browser.</summary>
    public const int MaxPerBatch = 50;

    /// <summary>The pulses of a batch of live records, the newest <see cref="MaxPerBatch"/>.</summary>
    public static IReadOnlyCollection<MapPulse> Of(IReadOnlyList<ActivityEvent> records) =>
        [.. records.Skip(Math.Max(0, records.Count - MaxPerBatch)).Select(e => new MapPulse(e.Longitude, e.Latitude, e.Kind))];
}

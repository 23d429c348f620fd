namespace Supervision.Web.Features.Exports;

/// <summary>A change of an export's state, for live progress bars.</summary>
public sealed record ExportUpdate(int Id, ExportStatus Status, int Progress, int Rows)
{
    /// <summary>From an export running on another app instance, relayed here (Features/ScaleOut).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Remote { get; init; }
}

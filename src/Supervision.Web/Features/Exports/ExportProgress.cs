namespace Supervision.Web.Features.Exports;

/// <summary>Tells open pages how exports are getting on (the rows in the database say the same, less often).</summary>
public sealed class ExportProgress
{
    public event Action<ExportUpdate>? Changed;

    public void Publish(ExportUpdate update) => Changed?.Invoke(update);

    /// <summary>Progress of an export another instance runs (Features/ScaleOut), for the export pages open here.</summary>
    public void PublishRemote(ExportUpdate update) => Publish(update with { Remote = true });
}

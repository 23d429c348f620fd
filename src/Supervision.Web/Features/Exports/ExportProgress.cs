using Supervision.Web.Shared;

namespace Supervision.Web.Features.Exports;

/// <summary>Tells open pages how exports are getting on (the rows in the database say the same, less often).</summary>
public sealed class ExportProgress(ILogger<ExportProgress> log) : LiveFeed<ExportUpdate>(log)
{
    public void Publish(ExportUpdate update) => Deliver(update);

    /// <summary>Progress of an export another instance runs (Features/ScaleOut), for the export pages open here.</summary>
    public void PublishRemote(ExportUpdate update) => Publish(update with { Remote = true });
}

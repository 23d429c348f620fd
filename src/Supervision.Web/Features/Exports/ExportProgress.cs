using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Supervision.Web.Components.Shared;
using Supervision.Web.Data;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Features.Statistics;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Exports;

/// <summary>Tells open pages how exports are getting on (the rows in the database say the same, less often).</summary>
public sealed class ExportProgress
{
    public event Action<ExportUpdate>? Changed;

    public void Publish(ExportUpdate update) => Changed?.Invoke(update);

    /// <summary>Progress of an export another instance runs (Features/ScaleOut), for the export pages open here.</summary>
    public void PublishRemote(ExportUpdate update) => Publish(update with { Remote = true });
}

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

/// <summary>A change of an export's state, for live progress bars.</summary>
public sealed record ExportUpdate(int Id, ExportStatus Status, int Progress, int Rows)
{
    /// <summary>From an export running on another app instance, relayed here (Features/ScaleOut).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Remote { get; init; }
}

using Supervision.Web.Features.Activity;
using Supervision.Web.Features.Warnings;

namespace Supervision.Web.Features.LiveStream;

/// <summary>What the hub sends its clients (systems outside Blazor, the wall's fallback): records and warnings as they change.</summary>
public interface IActivityClient
{
    Task Activity(ActivityEvent e);

    /// <summary>A warning raised, escalated, resolved or handled (see Features/Warnings).</summary>
    Task Warning(WarningNews news);
}

using System.Globalization;
using Supervision.Domain.Calendar;
using Supervision.Web.Components.Shared;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Map;

/// <summary>Instants [FromUtc, ToUtc): the start is in, the end is out.</summary>
public readonly record struct WindowRange(DateTime FromUtc, DateTime ToUtc)
{
    public bool Contains(DateTime utc) => utc >= FromUtc && utc < ToUtc;
}

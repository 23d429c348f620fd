namespace Supervision.Web.Features.Map;

/// <summary>Instants [FromUtc, ToUtc): the start is in, the end is out.</summary>
public readonly record struct WindowRange(DateTime FromUtc, DateTime ToUtc)
{
    public bool Contains(DateTime utc) => utc >= FromUtc && utc < ToUtc;
}

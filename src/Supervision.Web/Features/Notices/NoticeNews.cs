using Supervision.Domain.Notices;

namespace Supervision.Web.Features.Notices;

/// <summary>What happened to a notice: created, edited, issued, replied, closed, sent-back, escalated.</summary>
public sealed record NoticeNews(int NoticeId, int AgencyId, int? EscalatedToAgencyId, NoticeStatus Status, string Change)
{
    /// <summary>A change made on another app instance and relayed here (Features/ScaleOut).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Remote { get; init; }
}

using Supervision.Web.Shared;

namespace Supervision.Web.Features.Notices;

/// <summary>The in-process stream of notice changes for live pages (list, detail, the wall's escalations).</summary>
public sealed class NoticeFeed(ILogger<NoticeFeed> log) : LiveFeed<NoticeNews>(log)
{
    /// <summary>A change another instance made (Features/ScaleOut), for this instance's live pages.</summary>
    public void PublishRemote(NoticeNews news) => Publish(news with { Remote = true });

    public void Publish(NoticeNews news) => Deliver(news);
}

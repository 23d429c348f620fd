namespace Supervision.Web.Features.Notices;

/// <summary>The in-process stream of notice changes for live pages (list, detail, the wall's escalations).</summary>
public sealed class NoticeFeed(ILogger<NoticeFeed> log)
{
    public event Action<NoticeNews>? Published;

    /// <summary>A change another instance made (Features/ScaleOut), for this instance's live pages.</summary>
    public void PublishRemote(NoticeNews news) => Publish(news with { Remote = true });

    public void Publish(NoticeNews news)
    {
        foreach (var handler in Published?.GetInvocationList().Cast<Action<NoticeNews>>() ?? [])
        {
            try
            {
                handler(news);
            }
            catch (Exception ex)
            {
                // One broken page must not stop the others, nor the action that published.
                log.LogWarning(ex, "A notice subscriber failed");
            }
        }
    }
}

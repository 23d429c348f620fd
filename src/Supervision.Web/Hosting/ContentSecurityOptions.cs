namespace Supervision.Web.Hosting;

/// <summary>What features add to the Content-Security-Policy; origins only, never 'unsafe-…' sources.</summary>
public sealed class ContentSecurityOptions
{
    public List<string> ImageSources { get; } = [];
}

namespace Supervision.Web.Hosting;

/// <summary>Where a configured relative path may be: under the content root, beside the app's binaries, or in the repository.</summary>
public static class ContentFiles
{
    public static IReadOnlyList<string> Candidates(string configured, string contentRoot) => Path.IsPathRooted(configured)
        ? [configured]
        : [Path.Combine(contentRoot, configured), Path.Combine(AppContext.BaseDirectory, configured), Path.Combine(contentRoot, "..", "..", configured)];
}

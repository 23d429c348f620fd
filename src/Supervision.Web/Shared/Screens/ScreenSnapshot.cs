namespace Supervision.Web.Shared.Screens;

/// <summary>
/// A view's figures as computed at <paramref name="AtUtc"/>; <paramref name="Version"/> grows with each computation of
/// the view, so a screen can ignore one older than what it shows.
/// </summary>
public sealed record ScreenSnapshot<T>(IScreenView<T> View, long Version, DateTime AtUtc, T Value)
{
    /// <summary>The last computation failed: these are the previous figures, kept up (screens say so).</summary>
    public bool Failing { get; init; }
}

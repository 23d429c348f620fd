namespace Supervision.Web.Shared.Screens;

/// <summary>What <see cref="ScreenSnapshots"/> keeps per view, whatever its figures' type.</summary>
public abstract class ScreenEntry : IDisposable
{
    public abstract IScreenView View { get; }

    /// <summary>How many screens watch the view now.</summary>
    public abstract int Watchers { get; }

    /// <summary>Computations of this view since it was opened.</summary>
    public abstract int Computations { get; }

    /// <summary>Something the view depends on changed: recompute on the next tick if anyone watches.</summary>
    public abstract void Changed();

    /// <summary>Something the view depends on changed, but may wait for the next full computation.</summary>
    public abstract void ChangedLater();

    /// <summary>An accepted record the view depends on: counted into the current figures where the view can, else <see cref="Changed"/>.</summary>
    public abstract void Record(Features.Activity.ActivityEvent record);

    /// <summary>Drops the view if nobody has watched it for <paramref name="grace"/>; false when it is still in use.</summary>
    internal abstract bool TryRetire(TimeSpan grace);

    public abstract void Dispose();
}

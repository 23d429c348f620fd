namespace Supervision.Web.Shared.Screens;

/// <summary>A screen's subscription to a view: dispose it with the component.</summary>
public sealed class SnapshotWatch<T>(SharedScreen<T> screen, Func<ScreenSnapshot<T>, Task> handler) : IDisposable
{
    private int _disposed;

    internal Func<ScreenSnapshot<T>, Task> Handler => handler;

    /// <summary>The view's figures now: the current snapshot when there is one, without a query; otherwise computed.</summary>
    public Task<ScreenSnapshot<T>> CurrentAsync(CancellationToken ct = default) => screen.CurrentAsync(watching: true, ct);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0) screen.Remove(this);
    }
}

using System.Globalization;

namespace Supervision.Web.Shared.Screens;

/// <summary>
/// How a live component shows a shared view (<see cref="ScreenSnapshots"/>): each new snapshot is applied on the
/// component's dispatcher, in the culture the component was initialised in (a snapshot arrives on a worker thread, and
/// a render there would fall back to Chinese for an English reader), and a snapshot older than the one shown, or of a
/// view no longer shown, is ignored. Construct it in OnInitialized; dispose it with the component.
/// </summary>
public sealed class LiveView<T>(ScreenSnapshots hub, Func<Func<Task>, Task> invoke, Action<ScreenSnapshot<T>> show, Action changed) : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture, _uiCulture = CultureInfo.CurrentUICulture;
    private SnapshotWatch<T>? _watch;
    private IScreenView<T>? _view;
    private long _version;
    private volatile bool _disposed;

    /// <summary>
    /// Shows <paramref name="view"/> from now on: its current figures at once, then every new snapshot while
    /// <paramref name="interactive"/> (a prerender only reads). Throws when the figures cannot be had at all.
    /// </summary>
    public async Task OpenAsync(IScreenView<T> view, bool interactive, CancellationToken ct)
    {
        _watch?.Dispose();
        (_view, _version, _watch) = (view, 0, null);
        if (!interactive)
        {
            Take(await hub.GetAsync(view, ct));
            return;
        }
        // Subscribed before reading, so that no snapshot falls between the two.
        _watch = hub.Watch(view, snapshot => InvokeAsync(() =>
        {
            if (Take(snapshot)) changed();
        }));
        Take(await _watch.CurrentAsync(ct));
    }

    /// <summary>Runs <paramref name="work"/> on the component's dispatcher in its reader's culture.</summary>
    private async Task InvokeAsync(Action work)
    {
        if (_disposed) return;
        try
        {
            await invoke(() =>
            {
                CultureInfo.CurrentCulture = _culture;
                CultureInfo.CurrentUICulture = _uiCulture;
                if (!_disposed) work();
                return Task.CompletedTask;
            });
        }
        catch (Exception) when (_disposed)
        {
            // The circuit went while the work waited for the dispatcher.
        }
    }

    private bool Take(ScreenSnapshot<T> snapshot)
    {
        if (!Equals(snapshot.View, _view) || snapshot.Version < _version) return false;
        _version = snapshot.Version;
        show(snapshot);
        return true;
    }

    public void Dispose()
    {
        _disposed = true;
        _watch?.Dispose();
    }
}

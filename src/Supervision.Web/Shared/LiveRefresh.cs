using System.Globalization;

namespace Supervision.Web.Shared;

/// <summary>
/// How a live page refreshes: feed handlers call <see cref="Request"/> from any thread; the refresh runs at once after
/// a quiet spell, then at most once per <c>minInterval</c> however many items arrive (a burst is gathered into one), and
/// every <c>fallback</c> without any item (rolling periods move on, changes made by other paths show). Timers come
/// from the <see cref="TimeProvider"/>, so a FakeTimeProvider drives it in tests.
///
/// Everything it runs goes through the component's InvokeAsync (the renderer's dispatcher), with the culture the
/// component was initialised in: a feed handler runs on a feed's thread, whose culture is the publisher's (an API
/// client's, a Hangfire worker's), and a refresh rendered there would fall back to Chinese for an English reader.
/// Construct it in OnInitialized; dispose it with the component.
/// </summary>
public sealed class LiveRefresh : IDisposable
{
    public static readonly TimeSpan DefaultMinInterval = TimeSpan.FromSeconds(1), DefaultFallback = TimeSpan.FromSeconds(60);

    private readonly TimeProvider _time;
    private readonly Func<Func<Task>, Task> _invoke;
    private readonly Func<Task> _refresh;
    private readonly TimeSpan _minInterval;
    private readonly CultureInfo _culture, _uiCulture;
    private readonly ITimer _soon;
    private readonly List<ITimer> _timers = [];
    private readonly Lock _gate = new();
    private bool _scheduled, _running, _again, _disposed;
    private long _lastStart;
    private bool _ran;
    private int _refreshes;

    /// <param name="time">The app's clock.</param>
    /// <param name="invoke">The component's InvokeAsync.</param>
    /// <param name="refresh">Reads the figures and calls StateHasChanged; runs on the dispatcher.</param>
    /// <param name="minInterval">At most one refresh this often (1 s by default).</param>
    /// <param name="fallback">A refresh this often without any item (60 s by default; <see cref="Timeout.InfiniteTimeSpan"/> for none).</param>
    public LiveRefresh(TimeProvider time, Func<Func<Task>, Task> invoke, Func<Task> refresh, TimeSpan? minInterval = null, TimeSpan? fallback = null)
    {
        (_time, _invoke, _refresh, _minInterval) = (time, invoke, refresh, minInterval ?? DefaultMinInterval);
        (_culture, _uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        _soon = time.CreateTimer(_ => _ = RunAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        var every = fallback ?? DefaultFallback;
        if (every != Timeout.InfiniteTimeSpan) _timers.Add(time.CreateTimer(_ => Request(), null, every, every));
    }

    /// <summary>How many refreshes have run (for tests).</summary>
    public int Refreshes => Volatile.Read(ref _refreshes);

    /// <summary>Asks for a refresh; from any thread. Coalesced as the class describes.</summary>
    public void Request()
    {
        lock (_gate)
        {
            if (_disposed) return;
            if (_running)
            {
                // Items that arrive during a refresh may not be in it: one more refresh, on the usual spacing.
                _again = true;
                return;
            }
            if (_scheduled) return;
            _scheduled = true;
            var wait = _ran ? _minInterval - _time.GetElapsedTime(_lastStart) : TimeSpan.Zero;
            // At once off the caller's thread (a feed's loop), or when the interval since the last refresh has passed.
            if (wait <= TimeSpan.Zero) _ = Task.Run(RunAsync);
            else _soon.Change(wait, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Runs <paramref name="work"/> on the dispatcher in the reader's culture (a row added, a pulse).</summary>
    public Task InvokeAsync(Action work) => InvokeAsync(() =>
    {
        work();
        return Task.CompletedTask;
    });

    /// <inheritdoc cref="InvokeAsync(Action)"/>
    public async Task InvokeAsync(Func<Task> work)
    {
        if (_disposed) return;
        try
        {
            await _invoke(async () =>
            {
                CultureInfo.CurrentCulture = _culture;
                CultureInfo.CurrentUICulture = _uiCulture;
                if (!_disposed) await work();
            });
        }
        catch (Exception) when (_disposed)
        {
            // The circuit went while the work waited for the dispatcher.
        }
    }

    /// <summary>Runs <paramref name="step"/> on the dispatcher every <paramref name="period"/> (the wall's clock and rotation).</summary>
    public void Every(TimeSpan period, Action step)
    {
        lock (_gate)
        {
            if (_disposed) return;
            _timers.Add(_time.CreateTimer(_ => _ = InvokeAsync(step), null, period, period));
        }
    }

    private async Task RunAsync()
    {
        lock (_gate)
        {
            if (_disposed) return;
            (_scheduled, _running, _ran, _lastStart) = (false, true, true, _time.GetTimestamp());
        }
        try
        {
            await InvokeAsync(async () =>
            {
                Interlocked.Increment(ref _refreshes);
                await _refresh();
            });
        }
        catch (Exception)
        {
            // The pages keep their last figures and say so themselves; the next item or the fallback tries again.
        }
        finally
        {
            bool again;
            lock (_gate) (_running, again, _again) = (false, _again, false);
            if (again) Request();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _soon.Dispose();
            foreach (var t in _timers) t.Dispose();
        }
    }
}

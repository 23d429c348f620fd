using System.Collections.Immutable;

namespace Supervision.Web.Shared.Screens;

/// <summary>
/// One view's current snapshot and its watchers. Changes only mark the view; a <see cref="LiveRefresh"/> of its own
/// recomputes it at most once per <c>minInterval</c> while anyone watches (and every <c>fallback</c>, so "today" moves
/// on), and hands the one result to every watcher. One computation at a time: a screen asking while one runs waits for
/// it instead of starting its own.
/// </summary>
public sealed class SharedScreen<T> : ScreenEntry
{
    private readonly IScreenView<T> _view;
    private readonly ScreenSnapshots _hub;
    private readonly TimeProvider _time;
    private readonly TimeSpan _minInterval, _fallback;
    private readonly LiveRefresh _live;
    private readonly SemaphoreSlim _one = new(1, 1);
    private readonly Lock _gate = new();
    private ImmutableArray<SnapshotWatch<T>> _watches = [];
    private ScreenSnapshot<T>? _current;
    private long _changes, _covered = -1, _version, _published, _computedAt, _idleSince;
    private bool _retired;
    private int _computations;

    internal SharedScreen(IScreenView<T> view, ScreenSnapshots hub, TimeProvider time, TimeSpan minInterval, TimeSpan fallback)
    {
        (_view, _hub, _time, _minInterval, _fallback) = (view, hub, time, minInterval, fallback);
        _idleSince = time.GetTimestamp();
        // The timers must not carry the context of the circuit that happened to open the view first.
        using (ExecutionContext.SuppressFlow())
            _live = new LiveRefresh(time, work => work(), RefreshAsync, minInterval, fallback);
    }

    public override IScreenView View => _view;

    public override int Watchers => _watches.Length;

    public override int Computations => Volatile.Read(ref _computations);

    public override void Changed()
    {
        Interlocked.Increment(ref _changes);
        if (!_watches.IsEmpty) _live.Request();
    }

    /// <summary>Adds a watcher; null when the view was just retired (the hub then opens it anew).</summary>
    internal SnapshotWatch<T>? TryAdd(Func<ScreenSnapshot<T>, Task> handler)
    {
        lock (_gate)
        {
            if (_retired) return null;
            var watch = new SnapshotWatch<T>(this, handler);
            _watches = _watches.Add(watch);
            return watch;
        }
    }

    internal void Remove(SnapshotWatch<T> watch)
    {
        lock (_gate)
        {
            _watches = _watches.Remove(watch);
            if (_watches.IsEmpty) _idleSince = _time.GetTimestamp();
        }
    }

    internal override bool TryRetire(TimeSpan grace)
    {
        lock (_gate)
        {
            if (_retired) return true;
            if (!_watches.IsEmpty || _time.GetElapsedTime(_idleSince) < grace) return false;
            _retired = true;
        }
        _live.Dispose();
        return true;
    }

    /// <summary>
    /// The figures for a screen that opens the view. A fresh snapshot is handed over without a query. A watcher also
    /// gets a stale one at once, as the refresh it asks for here brings the new figures within the interval; a caller
    /// that does not watch (a prerender) waits for a computation.
    /// </summary>
    internal async Task<ScreenSnapshot<T>> CurrentAsync(bool watching, CancellationToken ct)
    {
        if (Volatile.Read(ref _current) is { Failing: false } current)
        {
            if (IsFresh()) return current;
            if (watching)
            {
                _live.Request();
                return current;
            }
        }
        return await ComputeAsync(Interlocked.Read(ref _changes), _fallback, ct);
    }

    private bool IsFresh() => Interlocked.Read(ref _covered) >= Interlocked.Read(ref _changes)
        && _time.GetElapsedTime(Interlocked.Read(ref _computedAt)) < _fallback;

    /// <summary>Computes unless a computation that covers the changes up to <paramref name="seen"/> is younger than <paramref name="maxAge"/>.</summary>
    private async Task<ScreenSnapshot<T>> ComputeAsync(long seen, TimeSpan maxAge, CancellationToken ct)
    {
        await _one.WaitAsync(ct);
        try
        {
            if (_current is { Failing: false } done && _covered >= seen && _time.GetElapsedTime(_computedAt) < maxAge) return done;
            var changes = Interlocked.Read(ref _changes);
            var (started, at) = (_time.GetTimestamp(), _time.GetUtcNow().UtcDateTime);
            Interlocked.Increment(ref _computations);
            try
            {
                var value = await _hub.ComputeAsync(_view);
                var snapshot = new ScreenSnapshot<T>(_view, ++_version, at, value);
                Volatile.Write(ref _current, snapshot);
                Interlocked.Exchange(ref _covered, changes);
                Interlocked.Exchange(ref _computedAt, started);
                return snapshot;
            }
            catch (Exception e) when (_current is { } last && e is not OperationCanceledException)
            {
                _hub.Failed(_view, e);
                // The screens keep the last figures, marked as failing; the next change or tick tries again.
                var failing = last with { Failing = true };
                Volatile.Write(ref _current, failing);
                return failing;
            }
        }
        finally
        {
            _one.Release();
        }
    }

    private async Task RefreshAsync()
    {
        if (_watches.IsEmpty) return;
        ScreenSnapshot<T> snapshot;
        try
        {
            snapshot = await ComputeAsync(Interlocked.Read(ref _changes), _minInterval, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _hub.Failed(_view, e);
            return;
        }
        if (snapshot.Version <= Interlocked.Read(ref _published) && !snapshot.Failing) return;
        Interlocked.Exchange(ref _published, snapshot.Version);
        // Handing over only queues work on each circuit's dispatcher: one slow circuit does not hold up the others.
        foreach (var watch in _watches) _ = DeliverAsync(watch, snapshot);
    }

    private async Task DeliverAsync(SnapshotWatch<T> watch, ScreenSnapshot<T> snapshot)
    {
        try
        {
            await watch.Handler(snapshot);
            _hub.Delivery();
        }
        catch (Exception e)
        {
            _hub.Failed(_view, e);
        }
    }

    public override void Dispose()
    {
        lock (_gate) _retired = true;
        _live.Dispose();
    }
}

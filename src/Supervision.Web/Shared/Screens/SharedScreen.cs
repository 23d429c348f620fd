using System.Collections.Immutable;
using Supervision.Web.Features.Activity;

namespace Supervision.Web.Shared.Screens;

/// <summary>
/// One view's current snapshot and its watchers. Changes only mark the view; a <see cref="LiveRefresh"/> of its own
/// recomputes it at most once per <c>minInterval</c> while anyone watches (and every <c>fallback</c>, so "today" moves
/// on), and hands the one result to every watcher. One computation at a time: a screen asking while one runs waits for
/// it instead of starting its own.
///
/// A record the view can count (<see cref="IScreenView{T}.TryCount"/>) is counted into the current snapshot at once
/// and handed over within <see cref="PushInterval"/>, without a query; the view is then recomputed in full at most every
/// <see cref="ExactInterval"/> to stay exact. Records that arrive while a computation runs are offered again to its
/// result, and the view's own watermark (what its queries read) decides which of them it still lacks.
/// </summary>
public sealed class SharedScreen<T> : ScreenEntry
{
    private readonly IScreenView<T> _view;
    private readonly ScreenSnapshots _hub;
    private readonly TimeProvider _time;
    private readonly TimeSpan _minInterval, _fallback;
    /// <summary>How often at most counted records are handed to the screens.</summary>
    public static readonly TimeSpan PushInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>How often at most a view that counts records is recomputed in full while records keep coming.</summary>
    public static readonly TimeSpan ExactInterval = TimeSpan.FromSeconds(15);

    /// <summary>Records kept for re-counting while a computation runs; more, and the view is recomputed once more instead.</summary>
    private const int MaxDuringComputation = 10_000;

    private readonly LiveRefresh _live, _push;
    private readonly ITimer _exact;
    private int _exactArmed;
    private List<ActivityEvent>? _duringComputation;
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
        {
            _live = new LiveRefresh(time, work => work(), RefreshAsync, minInterval, fallback);
            _push = new LiveRefresh(time, work => work(), () => Publish(Volatile.Read(ref _current)), PushInterval, Timeout.InfiniteTimeSpan);
            _exact = time.CreateTimer(_ =>
            {
                Interlocked.Exchange(ref _exactArmed, 0);
                Changed();
            }, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    public override IScreenView View => _view;

    public override int Watchers => _watches.Length;

    public override int Computations => Volatile.Read(ref _computations);

    public override void Changed()
    {
        Interlocked.Increment(ref _changes);
        if (!_watches.IsEmpty) _live.Request();
    }

    public override void ChangedLater()
    {
        Interlocked.Increment(ref _changes);
        if (!_watches.IsEmpty) ArmExact();
    }

    /// <summary>The full computation that keeps counted figures exact: once, ExactInterval after the first change it covers.</summary>
    private void ArmExact()
    {
        if (Interlocked.Exchange(ref _exactArmed, 1) == 0) _exact.Change(ExactInterval, Timeout.InfiniteTimeSpan);
    }

    public override void Record(ActivityEvent record)
    {
        var counted = false;
        lock (_gate)
        {
            if (_duringComputation is { } during)
            {
                if (during.Count < MaxDuringComputation) during.Add(record);
                else Interlocked.Increment(ref _changes);
            }
            if (_current is { Failing: false } current && _view.TryCount(current.Value, record, _hub.Services, out var next))
            {
                // The same figures back: the record changes nothing this view shows.
                if (ReferenceEquals(next, current.Value)) return;
                Volatile.Write(ref _current, current with { Version = ++_version, AtUtc = _time.GetUtcNow().UtcDateTime, Value = next });
                counted = true;
            }
        }
        if (!counted)
        {
            Changed();
            return;
        }
        if (_watches.IsEmpty) return;
        _push.Request();
        ArmExact();
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
        DisposeTimers();
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
            lock (_gate) _duringComputation = [];
            try
            {
                var value = await _hub.ComputeAsync(_view);
                lock (_gate)
                {
                    // What arrived meanwhile may be missing from the result: the view counts what its queries did not read.
                    foreach (var record in _duringComputation!)
                        if (_view.TryCount(value, record, _hub.Services, out var next)) value = next;
                    _duringComputation = null;
                    var snapshot = new ScreenSnapshot<T>(_view, ++_version, at, value);
                    Volatile.Write(ref _current, snapshot);
                    Interlocked.Exchange(ref _covered, changes);
                    Interlocked.Exchange(ref _computedAt, started);
                    return snapshot;
                }
            }
            catch (Exception e) when (_current is { } last && e is not OperationCanceledException)
            {
                _hub.Failed(_view, e);
                lock (_gate) _duringComputation = null;
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
        await Publish(snapshot);
    }

    private Task Publish(ScreenSnapshot<T>? snapshot)
    {
        if (snapshot is null || (snapshot.Version <= Interlocked.Read(ref _published) && !snapshot.Failing)) return Task.CompletedTask;
        Interlocked.Exchange(ref _published, snapshot.Version);
        // Handing over only queues work on each circuit's dispatcher: one slow circuit does not hold up the others.
        foreach (var watch in _watches) _ = DeliverAsync(watch, snapshot);
        return Task.CompletedTask;
    }

    private async Task DeliverAsync(SnapshotWatch<T> watch, ScreenSnapshot<T> snapshot)
    {
        try
        {
            await watch.Handler(snapshot);
            _hub.Delivery(_view, snapshot.Value);
        }
        catch (Exception e)
        {
            _hub.Failed(_view, e);
        }
    }

    private void DisposeTimers()
    {
        _live.Dispose();
        _push.Dispose();
        _exact.Dispose();
    }

    public override void Dispose()
    {
        lock (_gate) _retired = true;
        DisposeTimers();
    }
}

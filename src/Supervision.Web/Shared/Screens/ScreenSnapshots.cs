using System.Collections.Concurrent;
using Stopwatch = System.Diagnostics.Stopwatch;
using Supervision.Web.Features.Activity;
using Supervision.Web.Features.Notices;
using Supervision.Web.Features.Warnings;

namespace Supervision.Web.Shared.Screens;

/// <summary>
/// The figures behind the live screens, computed once per distinct view and shared: tens of wall screens and hundreds
/// of desks showing "today, the whole city" cost one computation per tick between them, not one each. A view is a value
/// (<see cref="IScreenView"/>): period, filters, agency scope and language; a liaison's view is its own. The feeds only
/// mark the views a change can touch; each view recomputes at most once a second while watched (or as its MinInterval says), and once a minute
/// without any change. Views nobody has watched for a while are dropped.
/// </summary>
public sealed class ScreenSnapshots : IDisposable
{
    public static readonly TimeSpan Fallback = LiveRefresh.DefaultFallback;

    /// <summary>How long a view nobody watches is kept (a prerender's figures wait for the circuit that follows).</summary>
    public static readonly TimeSpan IdleGrace = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<IScreenView, ScreenEntry> _screens = new();
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly ILogger<ScreenSnapshots> _log;
    private readonly IDisposable[] _subscriptions;
    private readonly CancellationTokenSource _stopping = new();
    private int _computations, _delivered, _failures;
    private long _computeTicks;

    public ScreenSnapshots(IServiceProvider services, IServiceScopeFactory scopes, ActivityFeed activity, WarningFeed warnings, NoticeFeed notices, TimeProvider time,
        ILogger<ScreenSnapshots> log)
    {
        (Services, _scopes, _time, _log) = (services, scopes, time, log);
        _subscriptions =
        [
            activity.Subscribe(Record),
            warnings.Subscribe(Warned),
            notices.Subscribe(news => Changed(v => v.ChangedBy(news))),
        ];
    }

    /// <summary>Computations run since the start, all views together (for tests and <c>bench screens</c>).</summary>
    public int Computations => Volatile.Read(ref _computations);

    /// <summary>Time spent computing views since the start, all views together (for <c>bench screens</c>).</summary>
    public TimeSpan ComputeTime => TimeSpan.FromTicks(Interlocked.Read(ref _computeTicks));

    /// <summary>Snapshots handed to a screen and taken by it (its dispatcher ran the handler), since the start.</summary>
    public int Delivered => Volatile.Read(ref _delivered);

    /// <summary>Computations that failed and handlers that threw, since the start.</summary>
    public int Failures => Volatile.Read(ref _failures);

    /// <summary>Computations of one view while it has been kept (0 for a view not kept).</summary>
    public int ComputationsOf(IScreenView view) => _screens.TryGetValue(view, out var screen) ? screen.Computations : 0;

    /// <summary>Views kept now.</summary>
    public int Views => _screens.Count;

    /// <summary>
    /// Watches a view: <paramref name="onSnapshot"/> gets each new snapshot (on a worker thread: the caller goes through
    /// its dispatcher). Ask the watch for the current figures after subscribing, so that none is missed in between.
    /// </summary>
    public SnapshotWatch<T> Watch<T>(IScreenView<T> view, Func<ScreenSnapshot<T>, Task> onSnapshot)
    {
        while (true)
        {
            if (ScreenOf(view).TryAdd(onSnapshot) is { } watch) return watch;
        }
    }

    /// <summary>The figures of a view without watching it (a prerender): the current snapshot when fresh, or computed now.</summary>
    public Task<ScreenSnapshot<T>> GetAsync<T>(IScreenView<T> view, CancellationToken ct = default) => ScreenOf(view).CurrentAsync(watching: false, ct);

    internal async Task<T> ComputeAsync<T>(IScreenView<T> view)
    {
        Interlocked.Increment(ref _computations);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            return await view.ComputeAsync(scope.ServiceProvider, _stopping.Token);
        }
        finally
        {
            Interlocked.Add(ref _computeTicks, Stopwatch.GetElapsedTime(started).Ticks);
        }
    }

    /// <summary>
    /// Called after each snapshot a screen has taken (on that screen's dispatcher), with the view and the figures: for
    /// <c>bench screens</c>, which times the server's part of the latency with it. Null in the app.
    /// </summary>
    public Action<IScreenView, object?>? OnDelivered { get; set; }

    internal void Delivery(IScreenView view, object? value)
    {
        Interlocked.Increment(ref _delivered);
        OnDelivered?.Invoke(view, value);
    }

    internal void Failed(IScreenView view, Exception e)
    {
        Interlocked.Increment(ref _failures);
        _log.LogWarning(e, "The figures of {View} could not be computed or handed over", view);
    }

    private SharedScreen<T> ScreenOf<T>(IScreenView<T> view)
    {
        Retire();
        if (_screens.TryGetValue(view, out var known)) return (SharedScreen<T>)known;
        var created = new SharedScreen<T>(view, this, _time, view.MinInterval, Fallback);
        var stored = _screens.GetOrAdd(view, created);
        if (!ReferenceEquals(stored, created)) created.Dispose();
        return (SharedScreen<T>)stored;
    }

    private void Retire()
    {
        foreach (var (view, screen) in _screens)
        {
            if (screen.TryRetire(IdleGrace)) _screens.TryRemove(new KeyValuePair<IScreenView, ScreenEntry>(view, screen));
        }
    }

    /// <summary>The app's root services, for views counting a record (reference data).</summary>
    internal IServiceProvider Services { get; }

    private void Record(ActivityEvent record)
    {
        foreach (var screen in _screens.Values)
        {
            try
            {
                if (screen.View.ChangedBy(record)) screen.Record(record);
            }
            catch (Exception e)
            {
                Failed(screen.View, e);
            }
        }
    }

    private void Warned(IReadOnlyList<WarningNews> news)
    {
        foreach (var screen in _screens.Values)
        {
            try
            {
                if (!screen.View.ChangedBy(news)) continue;
                if (screen.View.DefersWarnings) screen.ChangedLater();
                else screen.Changed();
            }
            catch (Exception e)
            {
                Failed(screen.View, e);
            }
        }
    }

    private void Changed(Func<IScreenView, bool> touches)
    {
        foreach (var screen in _screens.Values)
        {
            try
            {
                if (touches(screen.View)) screen.Changed();
            }
            catch (Exception e)
            {
                Failed(screen.View, e);
            }
        }
    }

    public void Dispose()
    {
        foreach (var s in _subscriptions) s.Dispose();
        _stopping.Cancel();
        foreach (var screen in _screens.Values) screen.Dispose();
        _stopping.Dispose();
    }
}

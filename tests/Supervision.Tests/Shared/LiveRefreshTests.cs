using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Supervision.Tests.Hosting;
using Supervision.Web.Shared;

namespace Supervision.Tests.Shared;

/// <summary>
/// The live pages' refresh: a burst of items is one refresh a second, a quiet page still refreshes on the fallback, and
/// every refresh runs through the component's dispatcher in the reader's culture, whatever thread asked for it.
/// </summary>
public class LiveRefreshTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>Stands in for a component's InvokeAsync: one piece of work at a time, and it knows when it is inside.</summary>
    private sealed class FakeDispatcher
    {
        private readonly SemaphoreSlim _one = new(1, 1);
        private readonly AsyncLocal<bool> _inside = new();

        public bool CheckAccess() => _inside.Value;

        public async Task InvokeAsync(Func<Task> work)
        {
            await _one.WaitAsync();
            try
            {
                // Like a publisher's thread: another culture than the reader's, which the invoked work must not see.
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
                _inside.Value = true;
                await work();
            }
            finally
            {
                _one.Release();
            }
        }
    }

    [Fact]
    public async Task A_burst_within_a_second_is_one_refresh_after_the_first_and_a_quiet_page_refreshes_on_the_fallback()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero));
        var start = time.GetUtcNow();
        var dispatcher = new FakeDispatcher();
        var at = new List<TimeSpan>();
        using var live = new LiveRefresh(time, dispatcher.InvokeAsync, () =>
        {
            lock (at) at.Add(time.GetUtcNow() - start);
            return Task.CompletedTask;
        });
        int Count() { lock (at) return at.Count; }

        // The first item after a quiet spell shows at once.
        await Task.Run(live.Request);
        await Wait.UntilAsync(() => Count() == 1, Timeout, "the first item's refresh");
        // Fifty more within the second, from worker threads: gathered into one refresh when the second is up.
        for (var i = 0; i < 50; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(15));
            await Task.Run(live.Request);
        }
        time.Advance(TimeSpan.FromSeconds(1) - TimeSpan.FromMilliseconds(750));
        await Wait.UntilAsync(() => Count() == 2, Timeout, "the burst's one refresh");
        // No item for a minute: the fallback refreshes anyway.
        time.Advance(TimeSpan.FromSeconds(59));
        await Wait.UntilAsync(() => Count() == 3, Timeout, "the fallback refresh");

        lock (at) Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60)], at);
        Assert.Equal(3, live.Refreshes);
    }

    [Fact]
    public async Task The_interval_and_the_fallback_are_configurable()
    {
        var time = new FakeTimeProvider();
        var start = time.GetUtcNow();
        var at = new List<TimeSpan>();
        using var live = new LiveRefresh(time, new FakeDispatcher().InvokeAsync, () =>
        {
            lock (at) at.Add(time.GetUtcNow() - start);
            return Task.CompletedTask;
        }, minInterval: TimeSpan.FromSeconds(5), fallback: TimeSpan.FromSeconds(20));
        int Count() { lock (at) return at.Count; }

        live.Request();
        await Wait.UntilAsync(() => Count() == 1, Timeout, "the first refresh");
        time.Advance(TimeSpan.FromSeconds(1));
        live.Request();
        time.Advance(TimeSpan.FromSeconds(4));
        await Wait.UntilAsync(() => Count() == 2, Timeout, "the second refresh, five seconds after the first");
        time.Advance(TimeSpan.FromSeconds(15));
        await Wait.UntilAsync(() => Count() == 3, Timeout, "the fallback at twenty seconds");

        lock (at) Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(20)], at);
    }

    [Fact]
    public async Task Refreshes_and_steps_run_on_the_dispatcher_in_the_culture_the_component_started_in()
    {
        var time = new FakeTimeProvider();
        var dispatcher = new FakeDispatcher();
        var seen = new List<(bool OnDispatcher, string Culture, string UiCulture)>();
        var reader = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        LiveRefresh live;
        try
        {
            // The component initialises in its reader's culture.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            live = new LiveRefresh(time, dispatcher.InvokeAsync, () =>
            {
                lock (seen) seen.Add((dispatcher.CheckAccess(), CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name));
                return Task.CompletedTask;
            });
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = reader;
        }
        using (live)
        {
            live.Every(TimeSpan.FromSeconds(1), () => { lock (seen) seen.Add((dispatcher.CheckAccess(), CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name)); });
            // Asked for by a publisher's thread in Chinese.
            await Task.Run(() =>
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
                live.Request();
            });
            await Wait.UntilAsync(() => { lock (seen) return seen.Count == 1; }, Timeout, "the refresh");
            time.Advance(TimeSpan.FromSeconds(1));
            await Wait.UntilAsync(() => { lock (seen) return seen.Count == 2; }, Timeout, "the clock's step");
            await live.InvokeAsync(() => { lock (seen) seen.Add((dispatcher.CheckAccess(), CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name)); });
        }

        lock (seen) Assert.All(seen, s => Assert.Equal((true, "en", "en"), s));
    }

    [Fact]
    public async Task Nothing_runs_after_the_component_is_gone()
    {
        var time = new FakeTimeProvider();
        var runs = 0;
        var live = new LiveRefresh(time, new FakeDispatcher().InvokeAsync, () =>
        {
            Interlocked.Increment(ref runs);
            return Task.CompletedTask;
        });
        live.Request();
        await Wait.UntilAsync(() => Volatile.Read(ref runs) == 1, Timeout, "the first refresh");
        time.Advance(TimeSpan.FromMilliseconds(100));
        live.Request();
        live.Dispose();

        time.Advance(TimeSpan.FromMinutes(5));
        live.Request();
        await live.InvokeAsync(() => Interlocked.Increment(ref runs));

        Assert.Equal(1, Volatile.Read(ref runs));
    }
}

using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Supervision.Tests.Hosting;

/// <summary>
/// Counts the database commands EF Core executes for one piece of work (<see cref="CountAsync"/>): read from EF's
/// diagnostic events, and only those raised in the work's own async flow, so the app's background jobs and other tests
/// running meanwhile are not counted.
/// </summary>
public sealed class CommandCounter : IDisposable
{
    private static readonly AsyncLocal<StrongBox<int>?> Counting = new();
    private readonly IDisposable _listeners;
    private readonly List<IDisposable> _subscriptions = [];

    public CommandCounter()
    {
        _listeners = DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
        {
            if (listener.Name != DbLoggerCategory.Name) return;
            lock (_subscriptions) _subscriptions.Add(listener.Subscribe(new Observer<KeyValuePair<string, object?>>(OnEvent)));
        }));
    }

    /// <summary>The commands <paramref name="work"/> executed.</summary>
    public static async Task<int> CountAsync(Func<Task> work)
    {
        using var counter = new CommandCounter();
        var count = new StrongBox<int>();
        Counting.Value = count;
        try
        {
            await work();
        }
        finally
        {
            Counting.Value = null;
        }
        return count.Value;
    }

    private static void OnEvent(KeyValuePair<string, object?> e)
    {
        if (e.Key == RelationalEventId.CommandExecuted.Name && Counting.Value is { } count) Interlocked.Increment(ref count.Value);
    }

    public void Dispose()
    {
        _listeners.Dispose();
        lock (_subscriptions) foreach (var s in _subscriptions) s.Dispose();
    }

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnNext(T value) => next(value);
        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }
}

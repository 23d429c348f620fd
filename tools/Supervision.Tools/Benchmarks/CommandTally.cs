using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Supervision.Tools.Benchmarks;

/// <summary>Every database command EF Core executes in this process while it lives (the app's and the benchmark's own).</summary>
public sealed class CommandTally : IDisposable
{
    private readonly IDisposable _listeners;
    private readonly List<IDisposable> _subscriptions = [];
    private long _count;

    public CommandTally()
    {
        _listeners = DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
        {
            if (listener.Name != DbLoggerCategory.Name) return;
            lock (_subscriptions) _subscriptions.Add(listener.Subscribe(new Observer<KeyValuePair<string, object?>>(e =>
            {
                if (e.Key == RelationalEventId.CommandExecuted.Name) Interlocked.Increment(ref _count);
            })));
        }));
    }

    public long Count => Interlocked.Read(ref _count);

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

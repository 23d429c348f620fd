using System.Collections.Concurrent;
using Hangfire;

namespace Supervision.Web.Features.Warnings;

/// <summary>
/// One evaluation of a rule at a time: a sweep and an incoming record's evaluation of the same rule take turns, so
/// neither applies findings made from facts the other has already changed. In-process by a semaphore (async-safe), and
/// across app instances by Hangfire's storage lock (a no-op difference with the in-memory storage, real with PostgreSQL).
/// </summary>
public sealed class RuleLocks(JobStorage storage)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _local = new();

    public async Task<IAsyncDisposable> AcquireAsync(string ruleCode, TimeSpan timeout, CancellationToken ct)
    {
        var gate = _local.GetOrAdd(ruleCode, _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(timeout, ct)) throw new TimeoutException($"Rule {ruleCode} is being evaluated elsewhere for longer than {timeout}.");
        try
        {
            var connection = storage.GetConnection();
            try
            {
                var distributed = connection.AcquireDistributedLock($"supervision:warnings:{ruleCode}", timeout);
                return new Held(gate, connection, distributed);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    private sealed class Held(SemaphoreSlim gate, IDisposable connection, IDisposable distributed) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            try
            {
                distributed.Dispose();
                connection.Dispose();
            }
            finally
            {
                gate.Release();
            }
            return ValueTask.CompletedTask;
        }
    }
}

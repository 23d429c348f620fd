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
                var distributed = await AcquireDistributedAsync(connection, $"supervision:warnings:{ruleCode}", timeout, ct);
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

    /// <summary>
    /// The storage's lock, asked for in short tries so that waiting honours the job's cancellation: when an instance
    /// stops, a sweep queued behind another instance's lock gives up at once and Hangfire hands the job to a running
    /// instance, instead of the stop waiting (up to <paramref name="timeout"/>) on a lock that ignores it.
    /// </summary>
    private static async Task<IDisposable> AcquireDistributedAsync(Hangfire.Storage.IStorageConnection connection, string resource, TimeSpan timeout,
        CancellationToken ct)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var left = timeout - waited.Elapsed;
            if (left <= TimeSpan.Zero) throw new TimeoutException($"Rule lock {resource} is held elsewhere for longer than {timeout}.");
            try
            {
                return connection.AcquireDistributedLock(resource, left < Try ? left : Try);
            }
            // In-memory storage says DistributedLockTimeoutException, PostgreSQL its own PostgreSqlDistributedLockException.
            catch (Exception e) when (e is Hangfire.Storage.DistributedLockTimeoutException or Hangfire.PostgreSql.PostgreSqlDistributedLockException)
            {
                // The storage waits inside the call (PostgreSQL polls once a second); yield the thread between tries.
                await Task.Yield();
            }
        }
    }

    private static readonly TimeSpan Try = TimeSpan.FromSeconds(1);

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

using System.Collections.Concurrent;

namespace Supervision.Web.Features.Access;

/// <summary>
/// Failed sign-ins counted per client address and per account from that address, over a sliding window. Five wrong
/// passwords for one account from one address stop that account there (also the right password) for the window; twenty
/// failures from one address, whatever the accounts, stop the address. Someone guessing from one machine can no longer
/// lock <c>admin</c> out everywhere: Identity's account-wide lockout now takes <see cref="AccountWideAttempts"/>, a
/// guess spread over many addresses.
/// </summary>
public sealed class SignInThrottle(TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public const int PerAccountFromAddress = 5;
    public const int PerAddress = 20;
    public const int AccountWideAttempts = 25;

    private readonly ConcurrentDictionary<string, Queue<DateTime>> _failures = new();

    /// <summary>Why a sign-in from this address to this account is refused without checking the password, or null.</summary>
    public SignInRefusal? Check(string? address, string userName)
    {
        if (Count(AddressKey(address)) >= PerAddress) return SignInRefusal.Address;
        return Count(PairKey(address, userName)) >= PerAccountFromAddress ? SignInRefusal.Account : null;
    }

    /// <summary>Counts a failure; returns the refusal it brings on (the fifth for the account, the twentieth for the address), or null.</summary>
    public SignInRefusal? Failed(string? address, string userName)
    {
        Add(AddressKey(address));
        Add(PairKey(address, userName));
        return Check(address, userName);
    }

    /// <summary>A successful sign-in clears the account's failures from that address.</summary>
    public void Succeeded(string? address, string userName) => _failures.TryRemove(PairKey(address, userName), out _);

    private static string AddressKey(string? address) => "a:" + (address ?? "?");

    private static string PairKey(string? address, string userName) => $"u:{userName.Trim().ToLowerInvariant()}@{address ?? "?"}";

    private void Add(string key)
    {
        var queue = _failures.GetOrAdd(key, _ => new Queue<DateTime>());
        lock (queue)
        {
            Expire(queue);
            queue.Enqueue(time.GetUtcNow().UtcDateTime);
        }
    }

    private int Count(string key)
    {
        if (!_failures.TryGetValue(key, out var queue)) return 0;
        lock (queue)
        {
            Expire(queue);
            return queue.Count;
        }
    }

    private void Expire(Queue<DateTime> queue)
    {
        var since = time.GetUtcNow().UtcDateTime - Window;
        while (queue.TryPeek(out var at) && at <= since) queue.Dequeue();
    }
}

using System.Diagnostics;

namespace Supervision.Tests.Hosting;

/// <summary>
/// Waits for an event or a state instead of sleeping a fixed time: polls the condition until it holds or the (generous)
/// timeout has passed, so a test is as fast as the machine allows and only a real fault makes it fail.
/// </summary>
public static class Wait
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string because)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout) throw new TimeoutException($"Waited {timeout.TotalSeconds:0.#} s for {because}.");
            await Task.Delay(Poll);
        }
    }

    public static Task UntilAsync(Func<bool> condition, TimeSpan timeout, string because) =>
        UntilAsync(() => Task.FromResult(condition()), timeout, because);

    /// <summary>The blocking form, for lazy initialisers that cannot be async.</summary>
    public static void Until(Func<bool> condition, TimeSpan timeout, string because)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout) throw new TimeoutException($"Waited {timeout.TotalSeconds:0.#} s for {because}.");
            Thread.Sleep(Poll);
        }
    }
}

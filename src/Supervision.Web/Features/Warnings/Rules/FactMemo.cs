namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>
/// Facts loaded once per sweep of all rules and shared by the rules that read the same table (see <see cref="SharedFacts"/>).
/// A new memo per sweep: nothing outlives it.
/// </summary>
public sealed class FactMemo
{
    private readonly Dictionary<string, object> _loaded = [];

    public async Task<T> GetAsync<T>(string key, Func<Task<T>> load) where T : notnull
    {
        if (_loaded.TryGetValue(key, out var hit)) return (T)hit;
        var value = await load();
        _loaded[key] = value;
        return value;
    }
}

using System.Reflection;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>
/// Every rule's binding, found in this assembly so that adding a rule edits no list. Ordered as the rules' options are
/// declared in <see cref="RuleSettings"/> (the docs' order): the catalogue, the settings page and the sweep of all
/// follow it.
/// </summary>
public static class RuleBindings
{
    public static IReadOnlyList<IRuleBinding> All { get; } = Discover();

    private static readonly Dictionary<string, IRuleBinding> ByCode = All.ToDictionary(b => b.Code);

    public static IRuleBinding Of(string code) =>
        ByCode.TryGetValue(code, out var b) ? b : throw new ArgumentException($"No rule {code}.", nameof(code));

    private static List<IRuleBinding> Discover()
    {
        var order = typeof(RuleSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select((p, i) => (Name: JsonName(p.Name), Index: i)).ToDictionary(p => p.Name, p => p.Index);
        return typeof(RuleBindings).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRuleBinding).IsAssignableFrom(t))
            .Select(t => (IRuleBinding)Activator.CreateInstance(t)!)
            .OrderBy(b => order.GetValueOrDefault(b.SettingsGroup, int.MaxValue)).ThenBy(b => b.Code, StringComparer.Ordinal)
            .ToList();
    }

    private static string JsonName(string property) => char.ToLowerInvariant(property[0]) + property[1..];
}

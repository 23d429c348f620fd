using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Domain.Validation;
using Supervision.Domain.Warnings;
using Supervision.Web.Features.Warnings.Rules;

namespace Supervision.Web.Features.Warnings.Settings;

/// <summary>
/// A mutable copy of <see cref="RuleSettings"/> for the editor: the records are init-only, so the form holds one plain
/// field per leaf value, keyed by the same camelCase path that <see cref="RuleSettings.Validate"/> and the audit's
/// differences use, and builds a fresh <see cref="RuleSettings"/> through JSON when saved.
/// </summary>
public sealed class SettingsForm
{
    /// <summary>Rule code → the <see cref="RuleSettings"/> property (camelCase) holding its options, as its binding says.</summary>
    public static readonly IReadOnlyDictionary<string, string> GroupOf = RuleBindings.All.ToDictionary(b => b.Code, b => b.SettingsGroup);

    public IReadOnlyList<SettingField> Fields { get; }

    public SettingsForm(RuleSettings settings, RuleSettings defaults)
    {
        var defaultValues = Flatten(defaults).ToDictionary(f => f.Path, f => f.Value);
        Fields = [.. Flatten(settings).Select(f => new SettingField(f.Path, f.Type, f.Value, defaultValues[f.Path]))];
    }

    public IEnumerable<SettingField> Of(string group) => Fields.Where(f => f.Group == group);

    public SettingField this[string path] => Fields.Single(f => f.Path == path);

    /// <summary>Puts other settings' values in the fields (restore defaults), keeping the defaults shown beside them.</summary>
    public void Fill(RuleSettings settings)
    {
        foreach (var (path, _, value) in Flatten(settings)) this[path].Set(value);
        ShowErrors([]);
    }

    public RuleSettings ToSettings()
    {
        var root = new JsonObject();
        foreach (var f in Fields)
        {
            var parts = f.Path.Split('.');
            var node = root;
            foreach (var part in parts[..^1]) node = (JsonObject)(node[part] ??= new JsonObject());
            node[parts[^1]] = f.ToJson();
        }
        return root.Deserialize<RuleSettings>(WarningSettings.Json) ?? new RuleSettings();
    }

    /// <summary>
    /// Each error at its field; a path naming a group of fields ("inspectionFrequency.frequency") at the first of them.
    /// Returns the rule groups that have errors.
    /// </summary>
    public IReadOnlySet<string> ShowErrors(IEnumerable<FieldError> errors)
    {
        foreach (var f in Fields) f.Error = null;
        var groups = new HashSet<string>();
        foreach (var e in errors)
        {
            var field = Fields.FirstOrDefault(f => f.Path == e.Field) ?? Fields.FirstOrDefault(f => f.Path.StartsWith(e.Field + ".", StringComparison.Ordinal));
            if (field is null) continue;
            field.Error = field.Error is null ? e.Message : $"{field.Error} {e.Message}";
            groups.Add(field.Group);
        }
        return groups;
    }

    /// <summary>Leaf values by camelCase path, in declaration order, with their CLR type (int, double, bool or an enum).</summary>
    private static IEnumerable<(string Path, Type Type, JsonElement Value)> Flatten(RuleSettings settings)
    {
        var json = JsonSerializer.SerializeToElement(settings, WarningSettings.Json);
        return Walk(json, typeof(RuleSettings), "");
    }

    private static IEnumerable<(string, Type, JsonElement)> Walk(JsonElement e, Type type, string prefix)
    {
        foreach (var p in e.EnumerateObject())
        {
            var path = prefix.Length == 0 ? p.Name : $"{prefix}.{p.Name}";
            var clr = type.GetProperty(p.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType
                ?? throw new InvalidOperationException($"No property for {path}.");
            if (p.Value.ValueKind == JsonValueKind.Object)
                foreach (var leaf in Walk(p.Value, clr, path)) yield return leaf;
            else
                yield return (path, clr, p.Value);
        }
    }
}

using System.Globalization;
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

public enum SettingKind { Integer, Number, Switch, Choice }

/// <summary>One editable value: "repeatViolation.levels.yellow", its current text in the form, its default and its error.</summary>
public sealed class SettingField
{
    internal SettingField(string path, Type type, JsonElement value, JsonElement defaultValue)
    {
        Path = path;
        Type = type;
        Kind = type == typeof(bool) ? SettingKind.Switch : type.IsEnum ? SettingKind.Choice : type == typeof(int) ? SettingKind.Integer : SettingKind.Number;
        DefaultText = Text(defaultValue);
        Set(value);
    }

    public string Path { get; }
    public Type Type { get; }
    public SettingKind Kind { get; }

    /// <summary>The rule's options property: the first segment.</summary>
    public string Group => Path[..Path.IndexOf('.')];

    /// <summary>The property itself ("windowDays", "yellow", "gradeA"): the key of its label.</summary>
    public string Name => Path[(Path.LastIndexOf('.') + 1)..];

    /// <summary>"levels" for thresholds, "frequency" for the grade limits, null for a value of the options themselves.</summary>
    public string? Parent => Path.Count(c => c == '.') > 1 ? Path.Split('.')[^2] : null;

    public int Integer { get; set; }
    public double Number { get; set; }
    public bool Switch { get; set; }
    public string Choice { get; set; } = "";
    public string DefaultText { get; }
    public string? Error { get; set; }

    public string CurrentText => Kind switch
    {
        SettingKind.Integer => Integer.ToString(CultureInfo.InvariantCulture),
        SettingKind.Number => Number.ToString(CultureInfo.InvariantCulture),
        SettingKind.Switch => Switch ? "true" : "false",
        _ => Choice,
    };

    public bool DiffersFromDefault => CurrentText != DefaultText;

    public IEnumerable<string> Choices => Kind == SettingKind.Choice ? Enum.GetNames(Type) : [];

    internal void Set(JsonElement value)
    {
        switch (Kind)
        {
            case SettingKind.Integer: Integer = value.GetInt32(); break;
            case SettingKind.Number: Number = value.GetDouble(); break;
            case SettingKind.Switch: Switch = value.GetBoolean(); break;
            default: Choice = value.GetString() ?? ""; break;
        }
    }

    internal JsonNode ToJson() => Kind switch
    {
        SettingKind.Integer => JsonValue.Create(Integer),
        SettingKind.Number => JsonValue.Create(Number),
        SettingKind.Switch => JsonValue.Create(Switch),
        _ => JsonValue.Create(Choice),
    };

    private static string Text(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => e.GetDouble().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => e.ToString(),
    };
}

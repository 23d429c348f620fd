using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Supervision.Web.Features.Warnings.Settings;

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

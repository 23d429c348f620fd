using Supervision.Domain.Validation;

namespace Supervision.Domain.Warnings;

/// <summary>
/// The least severity (in the rule's unit) for each level. Below <see cref="Blue"/> nothing is raised; two equal
/// thresholds skip the lower level (Blue = Yellow = 1 starts at yellow). Init properties rather than a constructor so
/// configuration can override one threshold and keep the others.
/// </summary>
public sealed record Escalation
{
    public double Blue { get; init; }
    public double Yellow { get; init; }
    public double Orange { get; init; }
    public double Red { get; init; }

    public static Escalation Of(double blue, double yellow, double orange, double red) =>
        new() { Blue = blue, Yellow = yellow, Orange = orange, Red = red };

    public WarningLevel? LevelFor(double severity) =>
        severity >= Red ? WarningLevel.Red
        : severity >= Orange ? WarningLevel.Orange
        : severity >= Yellow ? WarningLevel.Yellow
        : severity >= Blue ? WarningLevel.Blue
        : null;

    public IEnumerable<FieldError> Validate(string field)
    {
        if (Blue < 0) yield return new($"{field}.blue", "阈值不能为负数。");
        if (Yellow < Blue) yield return new($"{field}.yellow", "黄色阈值不能低于蓝色阈值。");
        if (Orange < Yellow) yield return new($"{field}.orange", "橙色阈值不能低于黄色阈值。");
        if (Red < Orange) yield return new($"{field}.red", "红色阈值不能低于橙色阈值。");
    }
}

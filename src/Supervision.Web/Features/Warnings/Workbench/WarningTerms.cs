using System.Globalization;
using Supervision.Domain.Warnings;
using Supervision.Web.Components.Shared;

namespace Supervision.Web.Features.Warnings.Workbench;

/// <summary>Names of warnings' coded values in the reader's language, and the colours of the four levels.</summary>
public static class WarningTerms
{
    public static string Of(WarningLevel level) => UiText.Get($"Warnings.Level.{level}");

    public static string Of(WarningStatus status) => UiText.Get($"Warnings.Status.{status}");

    public static string Of(WarningChangeKind kind) => UiText.Get($"Warnings.Change.{kind}");

    public static string Of(RecordKind kind) => UiText.Get($"Warnings.Record.{kind}");

    /// <summary>A severity with its rule's unit: 26天, 44.8学时, 4.5倍 (26 days, 44.8 study hours, 4.5×).</summary>
    public static string SeverityText(double value, SeverityUnit unit) =>
        UiText.Format($"Severity.{unit}", value.ToString("0.#", CultureInfo.InvariantCulture));

    /// <summary>How long ago, in the largest whole unit: 3天, 5小时, 12分钟 (3 d, 5 h, 12 min).</summary>
    public static string Age(DateTime sinceUtc, DateTime nowUtc)
    {
        var age = nowUtc - sinceUtc;
        return age.TotalDays >= 1 ? UiText.Format("Warnings.Age.Days", (int)age.TotalDays)
            : age.TotalHours >= 1 ? UiText.Format("Warnings.Age.Hours", (int)age.TotalHours)
            : UiText.Format("Warnings.Age.Minutes", Math.Max(0, (int)age.TotalMinutes));
    }

    // The four colours of the national warning scale; MudBlazor's palette has no amber and calls orange "warning",
    // so the chip is coloured here rather than by a theme colour.
    public static string ChipStyle(WarningLevel level) => level switch
    {
        WarningLevel.Blue => "background-color:#1e88e5;color:#fff",
        WarningLevel.Yellow => "background-color:#ffc107;color:#000",
        WarningLevel.Orange => "background-color:#fb8c00;color:#000",
        _ => "background-color:#d32f2f;color:#fff",
    };
}

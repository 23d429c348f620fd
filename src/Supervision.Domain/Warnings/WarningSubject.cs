using System.Globalization;

namespace Supervision.Domain.Warnings;

/// <summary>
/// The thing a warning is about, as its rule's key names it: every key is <c>{rule}:{kind}:{id}[:…]</c>
/// (e.g. <c>training-hours:officer:17:year:2026</c> is about officer 17). The workbench turns it into the enterprise's,
/// officer's or agency's name, the case number or the street; the key itself never reaches a screen.
/// </summary>
public readonly record struct WarningSubject(SubjectKind Kind, int Id)
{
    private static readonly Dictionary<string, SubjectKind> Kinds = new(StringComparer.Ordinal)
    {
        ["party"] = SubjectKind.Party,
        ["case"] = SubjectKind.Case,
        ["officer"] = SubjectKind.Officer,
        ["agency"] = SubjectKind.Agency,
        ["street"] = SubjectKind.Street,
        ["order"] = SubjectKind.RectificationOrder,
        ["inspection"] = SubjectKind.Inspection,
        ["measure"] = SubjectKind.CompulsoryMeasure,
        ["complaint"] = SubjectKind.Complaint,
        ["notice"] = SubjectKind.Notice,
        ["year"] = SubjectKind.Year,
    };

    /// <summary>The subject of a key, or null for a key of another shape (a rule since retired, a hand-made key).</summary>
    public static WarningSubject? Of(string subjectKey)
    {
        var parts = subjectKey.Split(':');
        return parts.Length >= 3 && Kinds.TryGetValue(parts[1], out var kind)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new WarningSubject(kind, id)
            : null;
    }
}

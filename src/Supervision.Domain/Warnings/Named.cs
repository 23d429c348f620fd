using System.Text;
using System.Text.RegularExpressions;
using Supervision.Domain.Agencies;

namespace Supervision.Domain.Warnings;

/// <summary>
/// Placeholders for names in a warning's title and detail. A rule knows ids only (its facts are ids and times, so it
/// stays a pure function that is cheap to test); people must read names: the enterprise and its credit code, the case's
/// document number, the officer and the certificate, the street (公开透明: the agency must know at once what is meant).
/// A rule writes <c>Named.Party(12)</c>, and the engine replaces each placeholder by the name from the database before
/// the warning is stored, so every reader (workbench, wall, webhook, notice) gets the same human text.
/// </summary>
public static partial class Named
{
    public static string Party(int id) => Token(NameKind.Party, id);

    public static string PartyWithCode(int id) => Token(NameKind.PartyWithCode, id);

    public static string Case(int id) => Token(NameKind.Case, id);

    public static string Matter(int id) => Token(NameKind.Matter, id);

    public static string Street(int id) => Token(NameKind.Street, id);

    public static string Officer(int id) => Token(NameKind.Officer, id);

    public static string OfficerWithCertificate(int id) => Token(NameKind.OfficerWithCertificate, id);

    public static string Certificate(int officerId) => Token(NameKind.Certificate, officerId);

    public static string Inspection(int id) => Token(NameKind.Inspection, id);

    public static string Measure(int id) => Token(NameKind.Measure, id);

    public static string Complaint(int id) => Token(NameKind.Complaint, id);

    public static string Order(int id) => Token(NameKind.Order, id);

    public static string Agency(int id) => Token(NameKind.Agency, id);

    public static string Notice(int id) => Token(NameKind.Notice, id);

    public static string Sector(Sector sector) => Token(NameKind.Sector, (int)sector);

    /// <summary>Several of one kind, joined with 、; past <paramref name="max"/> the rest are counted (等N件).</summary>
    public static string List(NameKind kind, IEnumerable<int> ids, int max = 5, string unit = "件")
    {
        var all = ids.Distinct().ToList();
        var shown = string.Join("、", all.Take(max).Select(id => Token(kind, id)));
        return all.Count > max ? $"{shown}等{all.Count}{unit}" : shown;
    }

    public static string Token(NameKind kind, int id) => $"⟦{kind}:{id}⟧";

    /// <summary>Every placeholder in <paramref name="text"/>.</summary>
    public static IEnumerable<(NameKind Kind, int Id)> In(string text)
    {
        foreach (Match m in Pattern().Matches(text))
            if (Enum.TryParse<NameKind>(m.Groups[1].Value, out var kind)) yield return (kind, int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The text with each placeholder replaced by <paramref name="name"/>'s answer; a thing that no longer exists reads
    /// "(已删除的记录)" rather than leaving a placeholder or an id for a person to puzzle over.
    /// </summary>
    public static string Render(string text, Func<NameKind, int, string?> name)
    {
        if (!text.Contains('⟦', StringComparison.Ordinal)) return text;
        var sb = new StringBuilder(text.Length + 32);
        var last = 0;
        foreach (Match m in Pattern().Matches(text))
        {
            sb.Append(text, last, m.Index - last);
            var label = Enum.TryParse<NameKind>(m.Groups[1].Value, out var kind)
                ? name(kind, int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
                : null;
            sb.Append(label ?? "（已删除的记录）");
            last = m.Index + m.Length;
        }
        return sb.Append(text, last, text.Length - last).ToString();
    }

    [GeneratedRegex(@"⟦([A-Za-z]+):(-?\d+)⟧")]
    private static partial Regex Pattern();
}

using System.Text;

namespace Supervision.Web.Shared.Spreadsheets;

/// <summary>
/// Text as a spreadsheet cell can hold it. One record is not allowed to break a city-wide export: characters XML 1.0
/// cannot carry (control characters other than tab and line breaks, U+FFFE/U+FFFF and the other non-characters, lone
/// surrogates) become U+FFFD "�", and a text longer than a cell's 32,767 characters (Excel's limit; LibreOffice cuts
/// silently) is cut with a visible mark. Widths are measured as a spreadsheet lays text out: CJK and full-width
/// characters take two columns.
/// </summary>
public static class SheetText
{
    public const int MaxCellLength = 32_767;
    public const string CutMark = "…(截断)";

    public static string Safe(string text)
    {
        if (!NeedsWork(text)) return text;
        var b = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // U+1FFFE, U+1FFFF … U+10FFFF: non-characters in every plane.
                if ((char.ConvertToUtf32(ch, text[i + 1]) & 0xFFFE) == 0xFFFE) b.Append('\uFFFD');
                else b.Append(ch).Append(text[i + 1]);
                i++;
            }
            else b.Append(Allowed(ch) ? ch : '\uFFFD');
        }
        if (b.Length <= MaxCellLength) return b.ToString();
        var keep = MaxCellLength - CutMark.Length;
        if (char.IsHighSurrogate(b[keep - 1])) keep--;
        return b.ToString(0, keep) + CutMark;
    }

    /// <summary>Columns a text takes in a spreadsheet: two for a CJK or full-width character, one otherwise; the longest line of several.</summary>
    public static int Width(string? text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        int widest = 0, line = 0;
        foreach (var ch in text)
        {
            if (ch == '\n') { widest = Math.Max(widest, line); line = 0; continue; }
            line += Wide(ch) ? 2 : 1;
        }
        return Math.Max(widest, line);
    }

    private static bool Wide(char ch) =>
        ch is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';

    private static bool NeedsWork(string text)
    {
        if (text.Length > MaxCellLength) return true;
        foreach (var ch in text)
            if (!Allowed(ch) || char.IsSurrogate(ch)) return true;
        return false;
    }

    private static bool Allowed(char ch) =>
        ch is '\t' or '\n' or '\r' || (ch >= ' ' && ch is not ('\uFFFE' or '\uFFFF') && ch is not (>= '\uFDD0' and <= '\uFDEF') && !char.IsSurrogate(ch));
}

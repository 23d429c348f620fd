using System.Globalization;

namespace Supervision.Domain.Validation;

/// <summary>
/// What text a record may carry. Records are evidence printed into notices, workbooks and wall screens, so characters
/// that print as nothing, reorder what is around them, or break a file are refused rather than stored: control
/// characters (NUL included; line breaks only in free texts such as a complaint's summary), Unicode non-characters
/// (U+FFFE, U+FFFF, U+FDD0–U+FDEF and their like in every plane), unpaired surrogates, and the bidirectional
/// overrides and isolates that make a name read differently from what is stored ("Trojan Source", CVE-2021-42574).
/// </summary>
public static class TextRules
{
    /// <summary>Why the text may not be stored, or null when it may.</summary>
    public static string? Problem(string text, bool multiLine)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var scalar = char.ConvertToUtf32(c, text[i + 1]);
                if ((scalar & 0xFFFE) == 0xFFFE) return Refused(scalar);
                i++;
                continue;
            }
            if (char.IsSurrogate(c)) return "含有不成对的代理字符(U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ")，文本编码有误。";
            if (multiLine && c is '\n' or '\r' or '\t') continue;
            if (char.IsControl(c) || c is '\uFFFE' or '\uFFFF' || c is >= '\uFDD0' and <= '\uFDEF' || IsBidiControl(c)) return Refused(c);
        }
        return null;
    }

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static string Refused(int scalar)
    {
        var code = "U+" + scalar.ToString("X4", CultureInfo.InvariantCulture);
        return scalar switch
        {
            0 => "含有空字符(U+0000)，不能保存。",
            '\n' or '\r' or '\t' => $"不能含有换行或制表符({code})。",
            < 0x20 or (>= 0x7F and <= 0x9F) => $"含有控制字符({code})，不能保存。",
            >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 => $"含有改变文字方向的控制字符({code})，不能保存。",
            _ => $"含有 Unicode 非字符({code})，不能保存。",
        };
    }
}

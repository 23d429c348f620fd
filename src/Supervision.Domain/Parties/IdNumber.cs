using System.Globalization;
using Supervision.Domain.Validation;

namespace Supervision.Domain.Parties;

/// <summary>The 18-digit citizen ID number of GB 11643-1999: region (6), birth date (8), sequence (3), check (1). Personal data.</summary>
public static class IdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckDigits = "10X98765432";
    private static readonly HashSet<string> Provinces =
    [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
        "71", "81", "82", "83",
    ];

    public static bool IsValid(string? number, DateOnly today) => Validate(number, today).Count == 0;

    public static IReadOnlyList<FieldError> Validate(string? number, DateOnly today, string field = "idNumber")
    {
        if (string.IsNullOrWhiteSpace(number)) return [new(field, "缺少身份证号码。")];
        if (number.Length != 18) return [new(field, $"身份证号码应为18位，实为{number.Length}位。")];
        for (var i = 0; i < 17; i++)
            if (!char.IsAsciiDigit(number[i])) return [new(field, "身份证号码前17位应为数字。")];
        if (!char.IsAsciiDigit(number[17]) && number[17] != 'X') return [new(field, "身份证号码最后一位应为数字或大写 X。")];
        if (!Provinces.Contains(number[..2])) return [new(field, "身份证号码的行政区划码无效。")];
        if (!DateOnly.TryParseExact(number.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900 || birth > today)
            return [new(field, "身份证号码中的出生日期无效。")];
        if (CheckDigit(number.AsSpan(0, 17)) != number[17]) return [new(field, "身份证号码校验码不正确。")];
        return [];
    }

    public static char CheckDigit(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckDigits[sum % 11];
    }

    /// <summary>What shared screens show: the first four and last four characters, e.g. 3701**********123X.</summary>
    public static string Mask(string number) =>
        number.Length < 8 ? new string('*', number.Length) : number[..4] + new string('*', number.Length - 8) + number[^4..];
}

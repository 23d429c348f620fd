using Supervision.Domain.Validation;

namespace Supervision.Domain.Parties;

/// <summary>
/// The 18-character unified social credit code of GB 32100-2015: registration authority (1), entity type (1),
/// administrative division (6 digits), organization code (9, itself checked by GB 11714), check character (1).
/// </summary>
public static class CreditCode
{
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrgWeights = [3, 7, 9, 10, 5, 8, 4, 2];
    // GB 32100 Table 1: registration authorities and the entity types each may issue.
    private static readonly Dictionary<char, string> EntityTypes = new()
    {
        ['1'] = "1239", ['2'] = "19", ['3'] = "12345789", ['4'] = "19", ['5'] = "1239", ['6'] = "129",
        ['7'] = "129", ['8'] = "19", ['9'] = "123", ['A'] = "19", ['N'] = "1239", ['Y'] = "1",
    };

    public static bool IsValid(string? code) => Validate(code).Count == 0;

    public static IReadOnlyList<FieldError> Validate(string? code, string field = "creditCode")
    {
        if (string.IsNullOrWhiteSpace(code)) return [new(field, "缺少统一社会信用代码。")];
        if (code.Length != 18) return [new(field, $"统一社会信用代码应为18位，实为{code.Length}位。")];
        foreach (var c in code)
            if (Alphabet.IndexOf(c) < 0)
                return [new(field, $"统一社会信用代码含有非法字符“{c}”(不使用 I、O、Z、S、V 及小写字母)。")];
        if (!EntityTypes.TryGetValue(code[0], out var types) || !types.Contains(code[1]))
            return [new(field, $"统一社会信用代码的登记管理部门码“{code[0]}”与机构类别码“{code[1]}”不匹配。")];
        for (var i = 2; i < 8; i++)
            if (!char.IsAsciiDigit(code[i]))
                return [new(field, "统一社会信用代码第3至8位应为行政区划码(数字)。")];
        if (OrganizationCheck(code.AsSpan(8, 8)) is not { } orgCheck || orgCheck != code[16])
            return [new(field, "统一社会信用代码中的组织机构代码校验位不正确。")];
        if (CheckCharacter(code.AsSpan(0, 17)) != code[17])
            return [new(field, "统一社会信用代码校验码不正确。")];
        return [];
    }

    /// <summary>The 18th character for the first 17.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Alphabet.IndexOf(first17[i]) * Weights[i];
        var check = 31 - sum % 31;
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>GB 11714 check character of an 8-character organization code body, or null if the body has characters it does not allow.</summary>
    public static char? OrganizationCheck(ReadOnlySpan<char> body8)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = body8[i];
            int value = char.IsAsciiDigit(c) ? c - '0' : c is >= 'A' and <= 'Z' ? c - 'A' + 10 : -1;
            if (value < 0) return null;
            sum += value * OrgWeights[i];
        }
        var check = 11 - sum % 11;
        return check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
    }
}

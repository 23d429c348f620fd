using System.Globalization;

namespace Supervision.Domain.Warnings;

/// <summary>Money in warning text as decisions write it: plain digits and 元 (罚款50000元; a half-width group comma does not belong in Chinese text).</summary>
public static class Amounts
{
    public static string Yuan(long amount) => amount.ToString(CultureInfo.InvariantCulture) + "元";

    public static string Yuan(double amount) =>
        (amount == Math.Floor(amount) ? amount.ToString("F0", CultureInfo.InvariantCulture) : amount.ToString("F2", CultureInfo.InvariantCulture)) + "元";
}

using Supervision.Domain.Parties;

namespace Supervision.Tests.Hosting;

/// <summary>
/// Fresh, valid ID numbers for test persons: a random birthday over forty years and a random sequence, so two test
/// persons (or a test person and a demo-city one) practically never share a number. A shared number under two names is
/// refused by the ingestion (issue 19, item 18), which would make a test fail by chance.
/// </summary>
public static class TestPeople
{
    public static string NewIdNumber(string district = "370102")
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(Random.Shared.Next(0, 40 * 365));
        var first17 = $"{district}{birth:yyyyMMdd}{Random.Shared.Next(0, 1000):D3}";
        return first17 + IdNumber.CheckDigit(first17);
    }
}

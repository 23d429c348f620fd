using System.Globalization;
using Supervision.Web.Features.Warnings;

namespace Supervision.Tests.Features.Warnings;

/// <summary>A rule is named in the reader's language wherever it is shown: lists, filters, the warning page, the wall.</summary>
public class RuleCatalogueTests
{
    private readonly RuleCatalogue _catalogue = new();

    public static TheoryData<string> Codes => [.. new RuleCatalogue().Codes];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_rule_has_its_chinese_name_and_an_english_one(string code)
    {
        var rule = _catalogue.All.Single(r => r.Code == code);
        Assert.Equal(rule.Name, In("zh-CN", () => _catalogue.NameOf(code)));
        var english = In("en", () => _catalogue.NameOf(code));
        Assert.NotEqual(rule.Name, english);
        Assert.DoesNotContain(english, c => c >= '\u4e00' && c <= '\u9fff');
        Assert.DoesNotContain("Rule.", english);
    }

    private static string In(string culture, Func<string> read)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
            return read();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }
}

using Supervision.Domain.Parties;

namespace Supervision.Tests.Domain;

public class CreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110108MA01G0FB09")]
    [InlineData("91110000100006485K")]
    public void Accepts_real_codes(string code) => Assert.Empty(CreditCode.Validate(code));

    [Theory]
    [InlineData(null, "缺少")]
    [InlineData("", "缺少")]
    [InlineData("91350100M000100Y4", "18位")]            // 17 characters
    [InlineData("91350100M000100Y433", "18位")]          // 19 characters
    [InlineData("91350100M000100Y44", "校验码")]          // last character changed
    [InlineData("91350100M000100I43", "非法字符")]        // I is not in the alphabet
    [InlineData("91350100m000100Y43", "非法字符")]        // lower case
    [InlineData("9135010OM000100Y43", "非法字符")]        // letter O
    [InlineData("Z1350100M000100Y43", "非法字符")]        // Z is not in the alphabet
    [InlineData("95350100M000100Y43", "不匹配")]          // market regulation issues no type 5
    [InlineData("913501A0M000100Y43", "行政区划码")]      // division code must be digits
    [InlineData("91350100M000100Z43", "非法字符")]
    [InlineData("91350100M000101Y43", "组织机构代码")]    // organization code body changed: its own check fails first
    public void Rejects_bad_codes_with_a_reason(string? code, string reason)
    {
        var error = Assert.Single(CreditCode.Validate(code));
        Assert.Equal("creditCode", error.Field);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Check_character_is_31_minus_weighted_sum_modulo_31()
    {
        Assert.Equal('3', CreditCode.CheckCharacter("91350100M000100Y4"));
        Assert.Equal('9', CreditCode.CheckCharacter("91110108MA01G0FB0"));
    }

    [Fact]
    public void Names_the_field_it_was_given() =>
        Assert.Equal("parties[3].creditCode", Assert.Single(CreditCode.Validate("x", "parties[3].creditCode")).Field);
}

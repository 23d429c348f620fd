using Supervision.Domain.Parties;

namespace Supervision.Tests.Domain;

public class IdNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("11010519491231002X")] // GB 11643's own example
    [InlineData("370102199001011231")]
    [InlineData("370102200611230015")] // born exactly 20 years before "today"
    public void Accepts_valid_numbers(string number) => Assert.Empty(IdNumber.Validate(number, Today));

    [Theory]
    [InlineData("370102199001011234", "校验码")]
    [InlineData("11010519491231002x", "大写 X")]
    [InlineData("1101051949123100", "18位")]
    [InlineData("99010519491231002X", "行政区划码")]
    [InlineData("370102199002301234", "出生日期")]  // 30 February
    [InlineData("440524188001010014", "出生日期")]  // before 1900
    [InlineData("370102202611240011", "出生日期")]  // born tomorrow
    [InlineData("3701021990010112A4", "前17位")]
    public void Rejects_bad_numbers_with_a_reason(string number, string reason)
    {
        var error = Assert.Single(IdNumber.Validate(number, Today));
        Assert.Equal("idNumber", error.Field);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Birth_date_of_today_is_accepted_and_tomorrow_is_not()
    {
        var todayNumber = "37010220261123001";
        var tomorrowNumber = "37010220261124001";
        Assert.Empty(IdNumber.Validate(todayNumber + IdNumber.CheckDigit(todayNumber), Today));
        Assert.NotEmpty(IdNumber.Validate(tomorrowNumber + IdNumber.CheckDigit(tomorrowNumber), Today));
    }

    [Fact]
    public void Masking_keeps_only_the_first_and_last_four() =>
        Assert.Equal("1101**********002X", IdNumber.Mask("11010519491231002X"));
}

using Supervision.Domain.Warnings;
using Supervision.Web.Features.DrillDown;
using Supervision.Web.Features.Warnings.Workbench;

namespace Supervision.Tests.Features.Warnings.Workbench;

/// <summary>The workbench's address: what a bookmark or Back brings back, and what a hand-edited address cannot break.</summary>
public class WorkbenchAddressTests
{
    private static readonly IReadOnlyList<Option> Agencies = [new(7, "370102-SCJG", "历下区市场监督管理局"), new(9, "370103-ZHZF", "市中区综合执法局")];
    private static readonly IReadOnlyList<Option> Streets = [new(101, "370102001", "解放路街道")];

    private static WorkbenchAddress Parse(string? level = null, string? rule = null, string? agency = null, string? street = null, string? status = null,
        string? text = null, string? view = null, string? sort = null, bool? desc = null, int? page = null) =>
        WorkbenchAddress.Parse(level, rule, agency, street, status, text, view, sort, desc, page, c => c == "overdue-rectification", Agencies, Streets);

    [Fact]
    public void A_full_address_round_trips_through_codes_never_database_ids()
    {
        var address = Parse("Red,orange", "overdue-rectification", "370103-ZHZF", "370102001", "Open,Dismissed", "  济南  ", "each", "Severity", false, 3);

        Assert.Equal(new HashSet<WarningLevel> { WarningLevel.Red, WarningLevel.Orange }, address.Filter.Levels);
        Assert.Equal(("overdue-rectification", 9, 101, "济南"), (address.Filter.RuleCode, address.Filter.AgencyId, address.Filter.StreetId, address.Filter.Text));
        Assert.Equal((WarningView.Each, "Severity", false, 3), (address.View, address.Sort, address.Descending, address.Page));
        var url = address.ToUrl(Agencies, Streets);
        Assert.Equal("/warnings?level=Red,Orange&rule=overdue-rectification&agency=370103-ZHZF&street=370102001&status=Open,Dismissed&q=%E6%B5%8E%E5%8D%97"
            + "&view=each&sort=Severity&desc=false&page=3", url.Replace("%2C", ",", StringComparison.Ordinal));
        Assert.DoesNotContain("=9", url, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plain_list_is_plain_and_what_is_unknown_or_out_of_range_is_ignored()
    {
        Assert.Equal("/warnings", Parse().ToUrl(Agencies, Streets));
        var odd = Parse("Purple,5", "no-such-rule", "999", "x", "Open;Closed", new string('查', 500), "table", "SubjectKey", null, -4);

        Assert.Equal(new WarningFilter(Text: new string('查', WorkbenchAddress.MaxText)) with { Levels = null }, odd.Filter with { Levels = null, Statuses = null });
        Assert.Null(odd.Filter.Levels);
        Assert.Null(odd.Filter.Statuses);
        Assert.Equal((WarningView.Folded, null, 1), (odd.View, odd.Sort, odd.Page));
        // The active statuses are the default and are left out of the address.
        Assert.Equal("/warnings?view=each", (Parse(status: "Open,Acknowledged,Snoozed") with { View = WarningView.Each }).ToUrl(Agencies, Streets));
    }
}

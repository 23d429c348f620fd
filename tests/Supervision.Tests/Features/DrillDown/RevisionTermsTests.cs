using Supervision.Domain.Cases;
using Supervision.Domain.Complaints;
using Supervision.Domain.CompulsoryMeasures;
using Supervision.Domain.Inspections;
using Supervision.Domain.Rectifications;
using Supervision.Web.Components.Shared;
using Supervision.Web.Features.DrillDown;

namespace Supervision.Tests.Features.DrillDown;

/// <summary>
/// A record's history never shows a property name: every field a resend can change on a reported record has its name in
/// both languages (a missing key would reach the page as "Field.X").
/// </summary>
public class RevisionTermsTests
{
    /// <summary>The center's own bookkeeping and the record's identity, which a revision never lists.</summary>
    private static readonly HashSet<string> NotReported = ["Id", "AgencyId", "ExternalId", "ReceivedAt", "PreFilingReceivedAt"];

    public static TheoryData<string> Fields()
    {
        var data = new TheoryData<string>();
        var names = new[] { typeof(Inspection), typeof(Case), typeof(RectificationOrder), typeof(CompulsoryMeasure), typeof(Complaint) }
            .SelectMany(t => t.GetProperties().Where(p => p.CanWrite && (p.PropertyType.IsValueType || p.PropertyType == typeof(string))).Select(p => p.Name))
            .Concat(["Officers", "Suspension"])
            .Where(n => !NotReported.Contains(n))
            .Distinct()
            .Order(StringComparer.Ordinal);
        foreach (var n in names) data.Add(n);
        return data;
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Every_reported_field_has_a_name_in_both_languages(string field)
    {
        foreach (var culture in new[] { "zh-CN", "en" })
        {
            var previous = System.Globalization.CultureInfo.CurrentUICulture;
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
            try
            {
                var name = RevisionTerms.FieldName(field);
                Assert.False(name.StartsWith("Field.", StringComparison.Ordinal), $"{field} has no {culture} name");
                // English names may read like the property ("Fine"); Chinese ones never may.
                if (culture == "zh-CN") Assert.NotEqual(field, name);
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentUICulture = previous;
            }
        }
    }

    [Fact]
    public void An_appended_stage_is_named_by_the_stage()
    {
        Assert.Contains(UiText.Get($"Stage.{CaseStage.Served}"), RevisionTerms.FieldName($"Stage.{CaseStage.Served}"));
    }
}

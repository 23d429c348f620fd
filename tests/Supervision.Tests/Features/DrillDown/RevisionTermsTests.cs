using Supervision.Domain.Cases;
using Supervision.Domain.Complaints;
using Supervision.Domain.CompulsoryMeasures;
using Supervision.Domain.Inspections;
using Supervision.Domain.Rectifications;
using Supervision.Domain.Warnings;
using Supervision.Web.Components.Shared;
using Supervision.Web.Features.DrillDown;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Shared;

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

    /// <summary>Every coded value a resend can change on an order, a measure or a complaint, as the writer keeps it (the enum's name).</summary>
    public static TheoryData<RecordKind, string, string> CodedValues()
    {
        var data = new TheoryData<RecordKind, string, string>();
        foreach (var v in Enum.GetNames<ReviewResult>()) data.Add(RecordKind.RectificationOrder, "ReviewResult", v);
        foreach (var v in Enum.GetNames<CompulsoryKind>()) data.Add(RecordKind.CompulsoryMeasure, "Kind", v);
        foreach (var v in new[] { "true", "false" }) data.Add(RecordKind.CompulsoryMeasure, "IsEmergency", v);
        foreach (var v in Enum.GetNames<ComplaintChannel>()) data.Add(RecordKind.Complaint, "Channel", v);
        foreach (var v in Enum.GetNames<ComplaintOutcome>()) data.Add(RecordKind.Complaint, "Outcome", v);
        return data;
    }

    private static readonly Lazy<ReferenceData> Reference = new(() => ReferenceData.Load(TestPaths.DataSeed));

    [Theory]
    [MemberData(nameof(CodedValues))]
    public void Every_coded_value_of_an_order_a_measure_or_a_complaint_reads_as_a_word(RecordKind kind, string field, string value)
    {
        var terms = new RevisionTerms(Reference.Value, new Dictionary<(string, string), string>());
        foreach (var culture in new[] { "zh-CN", "en" })
        {
            var previous = System.Globalization.CultureInfo.CurrentUICulture;
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
            try
            {
                var shown = terms.View(kind, new FieldChange(field, null, value));
                Assert.Equal("—", shown.Old);
                Assert.DoesNotContain(".", shown.New);   // a missing key reads "Channel.QrCode"
                // No Latin letters on the Chinese page (the 12345 hotline keeps its digits); English words may match the code ("Seizure").
                if (culture == "zh-CN") Assert.DoesNotMatch("[A-Za-z]", shown.New);
                else if (value is "true" or "false") Assert.NotEqual(value, shown.New);
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

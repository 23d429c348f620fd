using Supervision.Domain.Agencies;
using Supervision.Domain.Matters;

namespace Supervision.Web.Components.Shared;

/// <summary>The names screens show for the domain's coded values, in the reader's language (UiText).</summary>
public static class Terms
{
    public static string Of(Sector sector) => UiText.Get($"Sector.{sector}");

    /// <summary>The four lists (四张清单, 《济南市推进行政执法精准化规定》 Art. 7).</summary>
    public static string Of(FourList list) => UiText.Get($"FourList.{list}");

    /// <summary>The kind of an activity event (inspection, case, rectification, measure, complaint).</summary>
    public static string OfRecordKind(string kind) => UiText.Get($"Kind.{kind}");
}

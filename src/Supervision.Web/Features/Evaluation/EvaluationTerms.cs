using System.Globalization;
using Supervision.Domain.Evaluation;
using Supervision.Domain.Validation;
using Supervision.Web.Components.Shared;

namespace Supervision.Web.Features.Evaluation;

/// <summary>The evaluation screens' words for coded values, in the reader's language.</summary>
public static class EvaluationTerms
{
    public static string Of(Grade? grade) => grade is { } g ? UiText.Get($"Evaluation.Grade.{g}") : "—";

    public static string Of(FileStatus status) => UiText.Get($"Evaluation.FileStatus.{status}");

    public static string Of(CampaignStatus status) => UiText.Get($"Evaluation.CampaignStatus.{status}");

    public static string SizeText(int? perAgency, int? percent) =>
        perAgency is { } n ? UiText.Format("Evaluation.Size.PerAgency", n) : UiText.Format("Evaluation.Size.Percent", percent ?? 0);

    public static string Average(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "—";

    public static MudBlazor.Color ColorOf(Grade? grade) => grade switch
    {
        Grade.Excellent => MudBlazor.Color.Success,
        Grade.Qualified => MudBlazor.Color.Info,
        Grade.Unqualified => MudBlazor.Color.Error,
        _ => MudBlazor.Color.Default,
    };

    /// <summary>A scoring problem in the reader's language (the domain's own message is Chinese).</summary>
    public static string Describe(FieldError problem, IReadOnlyList<DeductionEntry> entries, Checklist checklist)
    {
        var entry = problem.Item is { } i && i < entries.Count ? entries[i] : null;
        return problem.Field switch
        {
            "item" => UiText.Format("Evaluation.Error.UnknownItem", entry?.ItemCode ?? ""),
            "reason" => UiText.Get("Evaluation.Error.ReasonRequired"),
            "points" when entry is { Points: <= 0 } => UiText.Get("Evaluation.Error.PointsPositive"),
            "points" => UiText.Format("Evaluation.Error.PointsOver", entry?.ItemCode ?? "", checklist.Item(entry?.ItemCode ?? "")?.MaxPoints ?? 0),
            _ => problem.Message,
        };
    }
}

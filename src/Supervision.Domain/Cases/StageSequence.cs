using Supervision.Domain.Validation;

namespace Supervision.Domain.Cases;

/// <summary>
/// Checks a case's stage history: stages in lifecycle order without gaps (hearing optional; legal review required for a
/// major decision, 威海市《关于改进和加强行政执法工作的意见》), times not going backwards and not in the future.
/// </summary>
public static class StageSequence
{
    private static readonly CaseStage[] Optional = [CaseStage.Hearing, CaseStage.Executed];

    public static IReadOnlyList<FieldError> Validate(IReadOnlyList<(CaseStage Stage, DateTime At)> stages, bool isMajor, DateTime nowUtc, string field = "stages")
    {
        var errors = new List<FieldError>();
        if (stages.Count == 0) return [new(field, "案件至少应有立案环节。")];
        if (stages[0].Stage != CaseStage.Filed) errors.Add(new($"{field}[0].stage", "案件的第一个环节应为立案。"));
        for (var i = 0; i < stages.Count; i++)
        {
            var (stage, at) = stages[i];
            if (at > nowUtc) errors.Add(new($"{field}[{i}].at", $"“{stage}”环节的时间晚于当前时间。"));
            if (i == 0) continue;
            var (previous, previousAt) = stages[i - 1];
            if (stage <= previous)
                errors.Add(new($"{field}[{i}].stage", $"环节顺序错误：“{stage}”不能在“{previous}”之后。"));
            else if (Skipped(previous, stage, isMajor) is { } missing)
                errors.Add(new($"{field}[{i}].stage", $"缺少“{missing}”环节。"));
            if (at < previousAt)
                errors.Add(new($"{field}[{i}].at", $"“{stage}”环节的时间早于上一环节“{previous}”。"));
        }
        return errors;
    }

    /// <summary>The first required stage between two consecutive stages, if one was skipped.</summary>
    private static CaseStage? Skipped(CaseStage from, CaseStage to, bool isMajor)
    {
        for (var s = from + 1; s < to; s++)
        {
            if (Optional.Contains(s)) continue;
            if (s == CaseStage.LegalReview && !isMajor) continue;
            return s;
        }
        return null;
    }
}

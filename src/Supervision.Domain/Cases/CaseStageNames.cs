namespace Supervision.Domain.Cases;

/// <summary>Chinese names of a case's stages as agencies and warnings write them.</summary>
public static class CaseStageNames
{
    private static readonly Dictionary<CaseStage, string> Names = new()
    {
        [CaseStage.Filed] = "立案", [CaseStage.Evidence] = "调查取证", [CaseStage.LegalReview] = "法制审核", [CaseStage.Notified] = "告知",
        [CaseStage.Hearing] = "听证", [CaseStage.Decided] = "作出决定", [CaseStage.Served] = "送达", [CaseStage.Executed] = "执行", [CaseStage.Closed] = "结案",
    };

    public static string Of(CaseStage stage) => Names.GetValueOrDefault(stage, "办案环节");
}

namespace Supervision.Domain.Cases;

/// <summary>The case lifecycle, in order (“泉执法 慧监督”(济南市): 立案、取证、审核、告知、决定、送达、执行、结案; hearing per 行政处罚法 Ch. V §3).</summary>
public enum CaseStage
{
    Filed = 0,
    Evidence = 1,
    LegalReview = 2,
    Notified = 3,
    Hearing = 4,
    Decided = 5,
    Served = 6,
    Executed = 7,
    Closed = 8,
}

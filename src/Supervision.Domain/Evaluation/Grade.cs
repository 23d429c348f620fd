namespace Supervision.Domain.Evaluation;

/// <summary>优秀 / 合格 / 不合格. Stored as these numbers.</summary>
public enum Grade
{
    Excellent = 0,
    Qualified = 1,
    Unqualified = 2,
}

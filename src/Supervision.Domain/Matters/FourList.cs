namespace Supervision.Domain.Matters;

/// <summary>The four lists (四张清单, seeds/000 Art. 7): no penalty, reduced, lighter, heavier penalty.</summary>
public enum FourList
{
    NoPenalty = 0,
    Reduced = 1,
    Lighter = 2,
    Heavier = 3,
}

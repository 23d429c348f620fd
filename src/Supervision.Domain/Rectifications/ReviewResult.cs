namespace Supervision.Domain.Rectifications;

public enum ReviewResult
{
    Rectified = 0,
    NotRectified = 1,
}

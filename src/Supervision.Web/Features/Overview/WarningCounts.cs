namespace Supervision.Web.Features.Overview;

public sealed record WarningCounts(int Red, int Orange, int Yellow, int Blue)
{
    public static readonly WarningCounts None = new(0, 0, 0, 0);
}

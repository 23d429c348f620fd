namespace Supervision.Web.Features.Map;

public enum WindowKind
{
    LastHour = 0,
    Today = 1,
    Last7Days = 2,
    /// <summary>Whole Asia/Shanghai days from <see cref="TimeWindow.FromDay"/> to <see cref="TimeWindow.ToDay"/>, both included.</summary>
    Range = 3,
}

using System.Globalization;
using Supervision.Domain.Warnings;
using Supervision.Web.Features.Activity;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Shared.Screens;

namespace Supervision.Web.Features.Wall;

/// <summary>The wall's alarm band, one for every wall screen in a language (the rule's name is localised).</summary>
public sealed record WallAlarmView(string Culture) : IScreenView<WallAlarm?>
{
    public int? Scope => null;

    public Task<WallAlarm?> ComputeAsync(IServiceProvider services, CancellationToken ct)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Culture);
        return services.GetRequiredService<WallAlarmQuery>().ReadAsync(ct);
    }

    /// <summary>Records do not raise warnings by themselves; the evaluation that follows them publishes its news.</summary>
    public bool ChangedBy(ActivityEvent _) => false;

    /// <summary>Only red news and the handling of red warnings can change the band.</summary>
    public bool ChangedBy(IReadOnlyList<WarningNews> news) => news.Any(n => n.Level == WarningLevel.Red);
}

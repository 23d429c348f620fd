using System.Globalization;
using Supervision.Domain.Agencies;
using Supervision.Web.Features.FeedHealth;
using Supervision.Web.Features.Map;
using Supervision.Web.Features.Notices;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Shared.Screens;

namespace Supervision.Web.Features.Overview;

/// <summary>
/// The overview for one period, place and agency filter, agency scope and language. Every desk and wall screen showing
/// the same (the default: today, the whole city, in Chinese) shares one computation per tick. The language is part of
/// the view because the figures carry localised names (sectors, the four lists, the period).
/// </summary>
public sealed record OverviewView(TimeWindow Window, int? DistrictId, Sector? Sector, int? AgencyId, int? Scope, string Culture)
    : IScreenView<OverviewSnapshot>
{
    /// <summary>What the wall shows: today, the whole city.</summary>
    public static OverviewView Today(string culture) => new(TimeWindow.Today, null, null, null, null, culture);

    public async Task<OverviewSnapshot> ComputeAsync(IServiceProvider services, CancellationToken ct)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Culture);
        var range = Window.Resolve(services.GetRequiredService<TimeProvider>());
        var filter = new OverviewFilter(range.FromUtc, range.ToUtc, DistrictId, Sector, AgencyId) { PeriodName = Window.Label };
        var data = await services.GetRequiredService<OverviewQuery>().ReadAsync(filter, Scope, ct);
        var streets = await services.GetRequiredService<StreetFigures>()
            .ReadAsync(new FigureFilter(range.FromUtc, range.ToUtc, DistrictId, Sector, AgencyId), Scope, ct);
        var feeds = await services.GetRequiredService<FeedHealthQuery>().ReadAsync(Scope, ct);
        return new OverviewSnapshot(data, streets, feeds);
    }

    /// <summary>The level tiles and the map's warning counts.</summary>
    public bool ChangedBy(IReadOnlyList<WarningNews> _) => true;

    /// <summary>The overdue-notices tile.</summary>
    public bool ChangedBy(NoticeNews _) => true;
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Agencies;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Activity;
using Supervision.Web.Features.Map;
using Supervision.Web.Features.Notices;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Shared;
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
        // The watermark first: the queries count inspections up to it, and those above it are counted as they arrive.
        int upTo;
        await using (var db = await services.GetRequiredService<UserDb>().OpenForScopeAsync(null, ct))
            upTo = await db.Inspections.MaxAsync(i => (int?)i.Id, ct) ?? 0;
        var range = Window.Resolve(services.GetRequiredService<TimeProvider>());
        var filter = new OverviewFilter(range.FromUtc, range.ToUtc, DistrictId, Sector, AgencyId) { PeriodName = Window.Label };
        var data = await services.GetRequiredService<OverviewQuery>().ReadAsync(filter, Scope, ct, upTo);
        var streets = await services.GetRequiredService<StreetFigures>()
            .ReadAsync(new FigureFilter(range.FromUtc, range.ToUtc, DistrictId, Sector, AgencyId), Scope, ct, upTo);
        return new OverviewSnapshot(data, streets) { InspectionsUpTo = upTo };
    }

    /// <summary>
    /// A new inspection is counted without a query (the commonest record by far); anything else — a case, a revision —
    /// recomputes the view. An inspection the computation read, or one outside the period or the filters, changes nothing.
    /// </summary>
    public bool TryCount(OverviewSnapshot current, ActivityEvent record, IServiceProvider services, [MaybeNullWhen(false)] out OverviewSnapshot counted)
    {
        counted = current;
        if (record is not { Kind: "inspection", Action: "created" }) return false;
        if (record.RecordId <= current.InspectionsUpTo) return true;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var (from, to) = (current.Data.Filter.FromUtc, current.Data.Filter.ToUtc);
        if (record.OccurredAt < from || (record.OccurredAt >= to && !Window.IsLive(now))) return true;
        var reference = services.GetRequiredService<ReferenceData>();
        if (DistrictId is { } district && reference.Regions.FirstOrDefault(r => r.Id == record.StreetId)?.ParentId != district) return true;
        if (reference.AgenciesCovered(Sector, AgencyId) is { } covered && !covered.Contains(record.AgencyId)) return true;
        if (reference.Agencies.FirstOrDefault(a => a.Id == record.AgencyId) is not { } agency) return false;
        counted = current.WithInspection(record, agency, now);
        return counted is not null;
    }

    /// <summary>The level tiles and the map's warning counts.</summary>
    public bool ChangedBy(IReadOnlyList<WarningNews> _) => true;

    /// <summary>
    /// The level tiles follow within the full computation's interval (15 s): while records pour in, the evaluation
    /// changes warnings every few hundred milliseconds, and recomputing the whole overview for each would undo counting.
    /// The wall's alarm band, which is about red warnings now, reads them itself on each red news.
    /// </summary>
    public bool DefersWarnings => true;

    /// <summary>The overdue-notices tile.</summary>
    public bool ChangedBy(NoticeNews _) => true;
}

using Supervision.Web.Features.FeedHealth;
using Supervision.Web.Features.Map;

namespace Supervision.Web.Features.Overview;

/// <summary>Everything the overview and the wall's first panels show of one view: figures, the map's streets, the feeds' health.</summary>
public sealed record OverviewSnapshot(OverviewData Data, IReadOnlyList<StreetFigure> Streets, IReadOnlyList<AgencyFeed> Feeds);

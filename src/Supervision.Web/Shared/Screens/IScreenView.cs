using Supervision.Web.Features.Activity;
using Supervision.Web.Features.Notices;
using Supervision.Web.Features.Warnings;

namespace Supervision.Web.Shared.Screens;

/// <summary>
/// One distinct thing screens show (the overview for a period, filters, agency scope and language; the wall's alarm),
/// as a value: equal views are one view, computed once per refresh and shared by every circuit showing it. A liaison's
/// view carries its agency as <see cref="Scope"/>, so it is a view of its own and never another agency's.
/// </summary>
public interface IScreenView
{
    /// <summary>The agency the figures are confined to (a liaison's), or null for city-wide figures.</summary>
    int? Scope { get; }

    /// <summary>Whether an accepted record may change the figures (a record of another agency cannot change a liaison's).</summary>
    bool ChangedBy(ActivityEvent record) => Scope is not { } agency || record.AgencyId == agency;

    /// <summary>Whether a burst of warning changes may change the figures.</summary>
    bool ChangedBy(IReadOnlyList<WarningNews> news) => false;

    /// <summary>Whether a notice's change may change the figures.</summary>
    bool ChangedBy(NoticeNews news) => false;
}

/// <summary>A view and how its figures are computed.</summary>
/// <typeparam name="T">What the screens are handed (immutable: it is shared between circuits).</typeparam>
public interface IScreenView<T> : IScreenView
{
    /// <summary>
    /// Computes the figures now, with services of a scope of its own: no circuit's user is at hand, so the queries take
    /// <see cref="IScreenView.Scope"/> and, where text is localised, the view's language.
    /// </summary>
    Task<T> ComputeAsync(IServiceProvider services, CancellationToken ct);
}

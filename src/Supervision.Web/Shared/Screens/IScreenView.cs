using System.Diagnostics.CodeAnalysis;
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

    /// <summary>How often at most the view is recomputed while changes keep coming (once a second by default).</summary>
    TimeSpan MinInterval => LiveRefresh.DefaultMinInterval;

    /// <summary>Whether an accepted record may change the figures (a record of another agency cannot change a liaison's).</summary>
    bool ChangedBy(ActivityEvent record) => Scope is not { } agency || record.AgencyId == agency;

    /// <summary>Whether a burst of warning changes may change the figures.</summary>
    bool ChangedBy(IReadOnlyList<WarningNews> news) => false;

    /// <summary>
    /// Whether warning changes may wait for the next full computation (within <see cref="SharedScreen{T}.ExactInterval"/>)
    /// instead of recomputing the view within the second: for views where warnings are one figure among many and records
    /// are counted as they come, so that a busy evaluation does not turn counting back into recomputing.
    /// </summary>
    bool DefersWarnings => false;

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

    /// <summary>
    /// Counts an accepted record into figures already computed, without a query, so that the screens show it within a
    /// fraction of a second; false when the view cannot (it is then recomputed). A view that counts must not count a
    /// record its computation already read (see <see cref="SharedScreen{T}"/>: records that arrive during a
    /// computation are offered again to its result), and is recomputed in full every so often to stay exact.
    /// </summary>
    bool TryCount(T current, ActivityEvent record, IServiceProvider services, [MaybeNullWhen(false)] out T counted)
    {
        counted = default;
        return false;
    }
}

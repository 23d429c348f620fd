using Supervision.Web.Shared.Screens;

namespace Supervision.Web.Features.FeedHealth;

/// <summary>
/// The overview's feed-health panel for an agency scope. Its question (has an agency's system gone quiet for hours?)
/// does not change from one record to the next, and its four-week scan is the dearest part of the overview: it is a
/// view of its own, recomputed at most every ten seconds while records arrive.
/// </summary>
public sealed record FeedHealthView(int? Scope) : IScreenView<IReadOnlyList<AgencyFeed>>
{
    public TimeSpan MinInterval => TimeSpan.FromSeconds(10);

    public Task<IReadOnlyList<AgencyFeed>> ComputeAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<FeedHealthQuery>().ReadAsync(Scope, ct);
}

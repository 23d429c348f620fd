using Supervision.Web.Features.Activity;
using Supervision.Web.Shared.Screens;

namespace Supervision.Web.Features.Notices;

/// <summary>The wall's 层级督办 panel: the first <paramref name="Capacity"/> escalated notices, one list for every wall.</summary>
public sealed record WallEscalationsView(int Capacity) : IScreenView<IReadOnlyList<WallEscalationRow>>
{
    public int? Scope => null;

    public Task<IReadOnlyList<WallEscalationRow>> ComputeAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<NoticeWallQuery>().EscalationsAsync(Capacity, ct);

    public bool ChangedBy(ActivityEvent _) => false;

    public bool ChangedBy(NoticeNews _) => true;
}

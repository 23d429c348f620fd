using Supervision.Web.Features.Warnings;
using Supervision.Web.Shared.Screens;

namespace Supervision.Web.Features.Map;

/// <summary>The map page's per-street figures for one period and agency scope, shared by every map showing them.</summary>
public sealed record MapView(TimeWindow Window, int? Scope) : IScreenView<IReadOnlyList<StreetFigure>>
{
    public Task<IReadOnlyList<StreetFigure>> ComputeAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<StreetFigures>().ReadAsync(FigureFilter.Of(Window.Resolve(services.GetRequiredService<TimeProvider>())), Scope, ct);

    /// <summary>The warnings mode colours by open warnings.</summary>
    public bool ChangedBy(IReadOnlyList<WarningNews> _) => true;
}

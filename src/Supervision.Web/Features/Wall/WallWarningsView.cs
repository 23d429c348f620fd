using System.Globalization;
using Supervision.Web.Features.Activity;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Shared.Screens;

namespace Supervision.Web.Features.Wall;

/// <summary>The wall's 预警态势 panel, one computation for every wall in a language (rule names are localised).</summary>
public sealed record WallWarningsView(int Rows, string Culture) : IScreenView<WallWarnings>
{
    public int? Scope => null;

    public async Task<WallWarnings> ComputeAsync(IServiceProvider services, CancellationToken ct)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Culture);
        return await services.GetRequiredService<WallWarningsQuery>().ReadAsync(Rows, ct);
    }

    public bool ChangedBy(ActivityEvent record) => false;

    public bool ChangedBy(IReadOnlyList<WarningNews> news) => news.Count > 0;
}

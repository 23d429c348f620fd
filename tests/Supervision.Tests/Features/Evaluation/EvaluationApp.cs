using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Evaluation;
using Supervision.Web.Shared;

namespace Supervision.Tests.Features.Evaluation;

[CollectionDefinition(Name)]
public sealed class EvaluationCollection : ICollectionFixture<EvaluationApp>
{
    public const string Name = "evaluation";
}

/// <summary>The app on a real SQLite file with the demo city, shared by the evaluation tests; each test opens its own campaigns.</summary>
public sealed class EvaluationApp : IAsyncLifetime
{
    private readonly TempDatabase _db = new();
    public SupervisionApp App { get; private set; } = default!;
    public string DatabasePath => _db.Path;
    /// <summary>The demo liaison's agency (历下区市场监管局).</summary>
    public int LiaisonAgency { get; private set; }
    /// <summary>The year of the demo city's latest closed case, and the agencies with the most closed cases in it (the liaison's first).</summary>
    public int Year { get; private set; }
    public IReadOnlyList<int> Agencies { get; private set; } = [];

    public async Task InitializeAsync()
    {
        App = new SupervisionApp(_db.Path);
        App.CreateClient();
        var reference = App.Services.GetRequiredService<ReferenceData>();
        LiaisonAgency = reference.Agencies.Single(a => a.Code == "370102-SCJG").Id;
        await using var db = await Db();
        var latest = await db.Cases.Where(c => c.Stage == CaseStage.Closed).MaxAsync(c => c.ClosedAt);
        Year = ChinaTime.ToLocal(latest!.Value).Year;
        var (from, to) = CampaignReport.YearRange(Year);
        var busiest = await db.Cases.Where(c => c.Stage == CaseStage.Closed && c.ClosedAt >= from && c.ClosedAt < to && c.AgencyId != LiaisonAgency)
            .GroupBy(c => c.AgencyId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).Take(3).ToListAsync();
        Agencies = [LiaisonAgency, .. busiest];
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        _db.Dispose();
    }

    public Task<SupervisionDbContext> Db() => App.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();

    /// <summary>The service as the app makes it (its own scope).</summary>
    public async Task<T> With<T>(Func<CampaignService, Task<T>> act)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<CampaignService>());
    }

    public async Task<int> OpenAsync(int? seed = 20261123, int? perAgency = 3, int? percent = null, IReadOnlyList<int>? agencies = null, string name = "测试评查")
    {
        var result = await With(s => s.OpenAsync(new OpenCampaignRequest(name, Year, agencies ?? Agencies, perAgency, percent, seed), Supervisor()));
        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => p.Message)));
        return result.Value!.Value;
    }

    /// <summary>The demo accounts as principals (their user names are what files are assigned to).</summary>
    public static ClaimsPrincipal Person(string userName, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, userName), new Claim(ClaimTypes.Role, role)], "test"));

    public static ClaimsPrincipal Supervisor() => Person("supervisor", Roles.Supervisor);

    public static ClaimsPrincipal Admin() => Person("admin", Roles.Admin);
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Validation;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Features.Warnings.Workbench;
using Supervision.Web.Shared;

namespace Supervision.Tests.Features.Warnings.Workbench;

/// <summary>One app for all workbench tests: they run one class after another against it.</summary>
[CollectionDefinition(Name)]
public sealed class WorkbenchCollection : ICollectionFixture<WorkbenchApp>
{
    public const string Name = "workbench";
}

/// <summary>
/// The app on a real SQLite file with the demo city, shared by the workbench tests. Tests raise their own warnings
/// under a rule code no sweep knows, so a scheduled sweep can never resolve them halfway through a test.
/// </summary>
public sealed class WorkbenchApp : IAsyncLifetime
{
    public const string TestRule = "workbench-test";
    private readonly TempDatabase _db = new();
    public SupervisionApp App { get; private set; } = default!;
    public int OwnAgency { get; private set; }
    public int OtherAgency { get; private set; }

    public Task InitializeAsync()
    {
        App = new SupervisionApp(_db.Path);
        App.CreateClient();
        var reference = App.Services.GetRequiredService<ReferenceData>();
        OwnAgency = reference.Agencies.Single(a => a.Code == "370102-SCJG").Id;
        OtherAgency = reference.Agencies.First(a => a.Id != OwnAgency).Id;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        _db.Dispose();
    }

    public Task<SupervisionDbContext> Db() => App.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();

    /// <summary>Raises an open warning of the given agency (the liaison's own by default) and returns its id.</summary>
    /// <summary>
    /// A warning of the test rule (or <paramref name="rule"/>) about a fresh subject; <paramref name="subject"/> (e.g.
    /// <c>party:12</c>) makes its key name a real subject, as the rules' keys do; <paramref name="marker"/> in the key lets
    /// a test that raises many find its own (the text filter searches keys).
    /// </summary>
    public async Task<int> RaiseAsync(int? agencyId = null, WarningLevel level = WarningLevel.Orange, double severity = 9, string? subject = null,
        string rule = TestRule, string marker = TestRule)
    {
        var key = subject is null ? $"{rule}:{Guid.NewGuid():N}" : $"{rule}:{subject}:{marker}:{Guid.NewGuid():N}";
        var finding = new WarningFinding(rule, key, level, severity, $"测试预警 {key[^6..]}", "测试详情", agencyId ?? OwnAgency, null,
            [new RecordRef(RecordKind.Inspection, [1])], DateTime.UtcNow);
        var (warning, change) = Warning.Raise(finding, DateTime.UtcNow);
        await using var db = await Db();
        db.Warnings.Add(warning);
        db.WarningChanges.Add(change);
        await db.SaveChangesAsync();
        return warning.Id;
    }

    public async Task<Warning> ReadAsync(int id)
    {
        await using var db = await Db();
        return await db.Warnings.AsNoTracking().SingleAsync(w => w.Id == id);
    }

    /// <summary>The actions service as the app makes it (its own scope), acting for whoever the test names.</summary>
    public async Task<Outcome<IReadOnlyList<int>>> ActAsync(Func<WarningActions, Task<Outcome<IReadOnlyList<int>>>> act)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<WarningActions>());
    }

    public WarningQueries QueriesAs(ClaimsPrincipal user) =>
        new(SignedInAs.UserDb(App.Services, user), App.Services.GetRequiredService<RuleCatalogue>());

    public static ClaimsPrincipal Supervisor() => SignedInAs.Principal(Roles.Supervisor, null);
}

using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Tests.Architecture;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;

namespace Supervision.Tests.Features.Access;

/// <summary>
/// One way into the data for user-facing code: pages, components, endpoints and feature services reach the database
/// through <see cref="UserDb"/>, which scopes an agency liaison to its agency. Only the types below may take the
/// unscoped context or its factory; a new type that does fails here until it is moved onto <see cref="UserDb"/> or
/// put on the list with its reason.
/// </summary>
public class DataAccessTests(SignedInApp fixture) : IClassFixture<SignedInApp>
{
    /// <summary>Type (full name without the Supervision.Web. prefix) → why it may read or write every agency's rows.</summary>
    private static readonly Dictionary<string, string> Unscoped = new()
    {
        ["Features.Access.UserDb"] = "the scoped way itself",
        ["Features.Access.AuditLog"] = "append-only writer of the audit log, used by people and jobs alike; it reads nothing",
        ["Features.Seeding.DatabaseInitializer"] = "seeding: migrations, reference data, the demo city",
        ["Features.Ingestion.RecordWriter"] = "ingestion: agency systems, imports and the simulator write through it (the key decides the agency)",
        ["Features.Ingestion.AgencyKeys"] = "ingestion: resolves an API key to its agency before any user exists",
        ["Features.Ingestion.WriteSession"] = "ingestion: the record writer's transaction",
        ["Features.Simulator.LiveSimulator"] = "ingestion: plays agency systems through the record writer",
        ["Features.Warnings.WarningEngine"] = "job: the warning sweep and the evaluation of incoming records, city-wide",
        ["Features.Warnings.EvaluationBacklog"] = "job: the records accepted but not yet judged, city-wide (crossed off after evaluation, requeued at start)",
        ["Features.Warnings.WarningStore"] = "job: stores the sweep's findings, city-wide",
        ["Features.Warnings.WarningSettings"] = "rule thresholds: one city-wide configuration read by the jobs (admins edit it behind Policies.Administer)",
        ["Features.Calendar.CurrentCalendar"] = "the holiday calendar: city-wide, loaded (and seeded from data-seed) at start and after an admin edit, read by the rules and jobs",
        ["Features.Exports.ExportRunner"] = "job: runs an export with the scope recorded on its row (ExportJob.AgencyScope), applied with ScopeTo",
        ["Features.Exports.MonthlyArchive"] = "job: files the city-wide monthly statistics",
        ["Features.Notices.NoticeEscalation"] = "job: 层级督办, city-wide",
        ["Features.Access.AccountAdmin"] = "Identity: user, role and device administration (admins only) in one transaction with UserManager's store",
        ["Features.Access.SessionStore"] = "sign-in sessions: read by the cookie handler before any user is known, ended by sign-out and admins",
        ["Features.Access.AccountSetup"] = "Identity: roles and demo accounts at start-up",
        ["Features.Exports.ExportsRegistration"] = "start-up: marks exports a stopped instance left running as failed",
        ["Features.Warnings.Rules.RuleContext"] = "job: what a rule binding reads the facts of a sweep or a burst with",
    };

    private static readonly Assembly Web = typeof(UserDb).Assembly;

    [Fact]
    public void Only_the_allow_list_takes_the_unscoped_context_or_its_factory()
    {
        var offenders = TypesTakingUnscopedData().Where(t => !Unscoped.ContainsKey(NameOf(t))).Select(NameOf).Order().ToList();
        Assert.True(offenders.Count == 0,
            "These types take SupervisionDbContext or its factory; use UserDb (or add them to the allow-list with a reason): " + string.Join(", ", offenders));
    }

    [Fact]
    public void Every_allowed_type_exists_and_still_needs_it()
    {
        var taking = TypesTakingUnscopedData().Select(NameOf).ToHashSet();
        var stale = Unscoped.Keys.Where(k => !taking.Contains(k)).Order().ToList();
        Assert.True(stale.Count == 0, "Allow-list entries that no longer take the unscoped context (remove them): " + string.Join(", ", stale));
    }

    [Fact]
    public void The_check_sees_constructors_injected_properties_and_the_service_locator()
    {
        // The check itself can fail: the scoped way takes the factory, and so does a type written to break the rule.
        Assert.Contains(typeof(UserDb), TypesTakingUnscopedData());
        Assert.True(TakesUnscoped(typeof(Offender)));
        Assert.True(TakesUnscoped(typeof(OffendingComponent)));
        Assert.False(TakesUnscoped(typeof(Proper)));
        Assert.True(TakesUnscoped(typeof(Locator)));
    }

    [Fact]
    public void No_endpoint_handler_takes_the_unscoped_context()
    {
        var handlers = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => (Endpoint: e.DisplayName, Method: e.Metadata.GetMetadata<MethodInfo>()))
            .Where(e => e.Method is not null)
            .ToList();
        Assert.NotEmpty(handlers);
        var offenders = handlers.Where(h => h.Method!.GetParameters().Any(p => IsUnscoped(p.ParameterType))).Select(h => h.Endpoint).ToList();
        Assert.True(offenders.Count == 0, "Endpoints taking SupervisionDbContext or its factory (take UserDb): " + string.Join(", ", offenders));
    }

    /// <summary>The data layer itself and the features' mappings (which build the scope filters from the context) are the model, not its users.</summary>
    private static List<Type> TypesTakingUnscopedData() =>
        [.. Web.GetTypes().Where(t => t.Namespace?.StartsWith("Supervision.Web.Data", StringComparison.Ordinal) != true && !IsMapping(t) && !MethodBodies.IsCompilerNested(t)
            && TakesUnscoped(t))];


    private static bool IsMapping(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>));

    private static bool TakesUnscoped(Type type)
    {
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        return type.GetConstructors(all).Any(c => c.GetParameters().Any(p => IsUnscoped(p.ParameterType)))
            || type.GetProperties(all).Any(p => p.IsDefined(typeof(InjectAttribute)) && IsUnscoped(p.PropertyType))
            || ResolvesUnscoped(type);
    }

    /// <summary>Asks a service provider for the context or its factory (GetRequiredService/GetService) in any of its methods.</summary>
    private static bool ResolvesUnscoped(Type type) =>
        MethodBodies.Of(type).SelectMany(MethodBodies.Called)
            .Any(c => c is MethodInfo { IsGenericMethod: true, Name: "GetRequiredService" or "GetService" } g && g.GetGenericArguments().Any(IsUnscoped));

    private static bool IsUnscoped(Type type) =>
        typeof(SupervisionDbContext).IsAssignableFrom(type)
        || typeof(IDbContextFactory<SupervisionDbContext>).IsAssignableFrom(type)
        || type == typeof(DbContextOptions<SupervisionDbContext>);

    private static string NameOf(Type t) => t.FullName!.Replace("Supervision.Web.", "", StringComparison.Ordinal);

    private sealed class Offender(IDbContextFactory<SupervisionDbContext> factory)
    {
        public IDbContextFactory<SupervisionDbContext> Factory => factory;
    }

    private sealed class OffendingComponent : ComponentBase
    {
        [Inject] private SupervisionDbContext Db { get; set; } = default!;

        public bool Has => Db is not null;
    }

    private sealed class Locator(IServiceProvider services)
    {
        public async Task<int> CountAsync()
        {
            await using var scope = services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<SupervisionDbContext>().Regions.CountAsync();
        }
    }

    private sealed class Proper(UserDb userDb)
    {
        public UserDb UserDb => userDb;
    }
}

using Microsoft.Extensions.Configuration;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Jobs;

namespace Supervision.Tests.Features.ScaleOut;

/// <summary>The scale-out settings are checked at start-up: a wrong one stops the app with a message naming the key.</summary>
public class ScaleOutOptionsTests
{
    private static string StartupFailure(Dictionary<string, string> settings)
    {
        using var db = new TempDatabase();
        using var app = new SupervisionApp(db.Path, demo: false, settings: settings);
        var e = Record.Exception(() => app.Server);
        Assert.NotNull(e);
        return e.ToString();
    }

    [Fact]
    public void An_unknown_job_storage_stops_the_start() =>
        Assert.Contains("Hangfire:Storage", StartupFailure(new() { ["Hangfire:Storage"] = "Redis" }));

    [Fact]
    public void Postgres_job_storage_without_a_connection_string_stops_the_start_saying_which_to_set()
    {
        var failure = StartupFailure(new() { ["Hangfire:Storage"] = "Postgres" });
        Assert.Contains("Hangfire:Storage=Postgres needs a PostgreSQL connection string", failure);
        Assert.Contains("ConnectionStrings:Hangfire", failure);
    }

    [Fact]
    public void A_connection_string_that_is_not_postgres_stops_the_start() =>
        Assert.Contains("ConnectionStrings:Hangfire is not a PostgreSQL connection string",
            StartupFailure(new() { ["Hangfire:Storage"] = "Postgres", ["ConnectionStrings:Hangfire"] = "Data Source=jobs.db" }));

    [Fact]
    public void A_bad_channel_prefix_stops_the_start() =>
        Assert.Contains("SignalR:ChannelPrefix", StartupFailure(new() { ["SignalR:ChannelPrefix"] = "two words" }));

    [Theory]
    [InlineData(null, "Postgres", "Host=app", "Host=app")]              // the app's PostgreSQL database is shared
    [InlineData("Host=jobs", "Postgres", "Host=app", "Host=jobs")]      // Hangfire's own wins
    [InlineData(null, "Sqlite", "Data Source=app.db", null)]            // a SQLite connection string is never taken
    [InlineData(null, null, "Data Source=app.db", null)]
    public void Postgres_storage_falls_back_to_the_apps_connection_string_only_when_the_app_is_on_postgres(string? hangfire, string? provider, string app, string? expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Hangfire"] = hangfire,
            ["ConnectionStrings:Supervision"] = app,
            ["Database:Provider"] = provider,
        }).Build();
        var options = new JobStorageOptions { Storage = JobStorageKind.Postgres };
        JobStorageOptions.Resolve(options, configuration);
        Assert.Equal(expected, options.ConnectionString);
    }
}

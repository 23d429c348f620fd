using Supervision.Web.Features.Access;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Features.Seeding;

namespace Supervision.Web.Hosting;

/// <summary>Maintenance commands run by the same executable: <c>dotnet run --project src/Supervision.Web -- COMMAND …</c>.</summary>
public static class CommandLine
{
    /// <summary>The command's exit code, or null when the arguments start the web app.</summary>
    public static async Task<int?> TryRunAsync(string[] args, Func<string[], WebApplication> buildApp, Func<WebApplication, Task> compose)
    {
        if (args.Length == 0 || args[0].StartsWith('-')) return null;
        return args[0] switch
        {
            "seed" => await SeedCommand.RunAsync(args, Directory.GetCurrentDirectory(), Console.Out),
            "create-admin" => await CreateAdminCommand.RunAsync(buildApp([]).Services, args, Console.In, Console.Out),
            "agency-key" => await AgencyKeyCommand.RunAsync(buildApp([]).Services, args, Console.Out),
            "bench" when args.ElementAtOrDefault(1) == "ingest" => await IngestBenchmark.RunAsync(args, buildApp, compose, Console.Out),
            "bench" when args.ElementAtOrDefault(1) == "overview" => await Features.Overview.OverviewBenchmark.RunAsync(args, buildApp, compose, Console.Out),
            "bench" when args.ElementAtOrDefault(1) == "export" => await Features.Exports.ExportBenchmark.RunAsync(args, buildApp, compose, Console.Out),
            "bench" when args.ElementAtOrDefault(1) == "sweep" => await Features.Warnings.SweepBenchmark.RunAsync(args, buildApp, compose, Console.Out),
            _ => Unknown(args[0]),
        };
    }

    private static int Unknown(string command)
    {
        Console.Error.WriteLine($"Unknown command '{command}'. Commands: seed --profile demo|jinan --db PATH | --postgres CONNECTION [--seed N] [--until yyyy-MM-dd]; create-admin --user NAME; agency-key create --agency CODE | revoke --id N; bench ingest [--clients N] [--seconds S] [--enterprises N] [--db PATH | --postgres CONNECTION]; bench overview|sweep|export --db PATH | --postgres CONNECTION [--runs N | --rows N].");
        return 2;
    }
}

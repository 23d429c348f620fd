using Supervision.Web.Features.Access;
using Supervision.Web.Features.Ingestion;

namespace Supervision.Web.Hosting;

/// <summary>
/// Maintenance commands run by the same executable: <c>dotnet run --project src/Supervision.Web -- COMMAND …</c>.
/// Seeding and the benchmarks are tools of their own (tools/Supervision.Tools).
/// </summary>
public static class CommandLine
{
    /// <summary>The command's exit code, or null when the arguments start the web app.</summary>
    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-')) return null;
        return args[0] switch
        {
            "create-admin" => await CreateAdminCommand.RunAsync(SupervisionHost.Build([]).Services, args, Console.In, Console.Out),
            "agency-key" => await AgencyKeyCommand.RunAsync(SupervisionHost.Build([]).Services, args, Console.Out),
            _ => Unknown(args[0]),
        };
    }

    private static int Unknown(string command)
    {
        Console.Error.WriteLine($"Unknown command '{command}'. Commands: create-admin --user NAME; " +
            "agency-key create --agency CODE | revoke --id N. " +
            "Seed and bench: dotnet run --project tools/Supervision.Tools -- seed|bench ….");
        return 2;
    }
}

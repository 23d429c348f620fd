using Supervision.Tools.Benchmarks;
using Supervision.Tools.Seeding;

// dotnet run -c Release --project tools/Supervision.Tools -- seed …|bench ingest|overview|export|sweep|screens …
return args switch
{
    ["seed", ..] => await SeedCommand.RunAsync(args, Directory.GetCurrentDirectory(), Console.Out),
    ["bench", "ingest", ..] => await IngestBenchmark.RunAsync(args, Console.Out),
    ["bench", "overview", ..] => await OverviewBenchmark.RunAsync(args, Console.Out),
    ["bench", "export", ..] => await ExportBenchmark.RunAsync(args, Console.Out),
    ["bench", "sweep", ..] => await SweepBenchmark.RunAsync(args, Console.Out),
    ["bench", "screens", ..] => await ScreensBenchmark.RunAsync(args, Console.Out),
    _ => Usage(args.FirstOrDefault()),
};

static int Usage(string? command)
{
    Console.Error.WriteLine($"{(command is null ? "No command" : $"Unknown command '{command}'")}. Commands: " +
        $"seed --profile demo|jinan --db PATH | --postgres CONNECTION [--seed N] [--until yyyy-MM-dd]; " +
        "bench ingest [--clients N] [--seconds S] [--enterprises N] [--db PATH | --postgres CONNECTION]; " +
        "bench screens --db PATH --circuits N [--seconds S]; bench overview|sweep|export --db PATH | --postgres CONNECTION [--runs N | --rows N].");
    return 2;
}

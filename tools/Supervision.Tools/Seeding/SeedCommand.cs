using System.Diagnostics;
using System.Globalization;
using Supervision.Web.Data;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Shared;

namespace Supervision.Tools.Seeding;

/// <summary>
/// <c>seed --profile demo|jinan --db PATH | --postgres CONNECTION [--seed N] [--until yyyy-MM-dd]</c>: generates a city
/// into a new or empty SQLite file or PostgreSQL database (created if the server has none of that name) and prints one
/// line of counts per table and the elapsed seconds.
/// </summary>
public static class SeedCommand
{
    public static async Task<int> RunAsync(string[] args, string contentRoot, TextWriter output)
    {
        var watch = Stopwatch.StartNew();
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var postgres = Option("--postgres");
        var path = postgres ?? Option("--db");
        if (path is null)
        {
            output.WriteLine("usage: seed --profile demo|jinan --db PATH | --postgres CONNECTION [--seed N] [--until yyyy-MM-dd]");
            return 2;
        }
        GeneratorProfile profile;
        try { profile = GeneratorProfile.Named(Option("--profile") ?? "demo"); }
        catch (ArgumentException e) { output.WriteLine(e.Message); return 2; }
        var seed = int.TryParse(Option("--seed"), out var s) ? s : 20261123;
        // --until fixes the anchor (end of that Shanghai day) so two runs make identical files; default: now.
        var anchor = Option("--until") is { } until
            ? DateTime.SpecifyKind(DateTime.ParseExact(until, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(1).AddHours(-8), DateTimeKind.Utc)
            : DateTime.UtcNow;

        var reference = ReferenceData.Load(ReferenceData.LocateDirectory("data-seed", contentRoot));
        await using var db = postgres is null ? DataRegistration.Open($"Data Source={path}") : DataRegistration.Open(DatabaseProvider.Postgres, postgres);
        await DatabaseInitializer.PrepareAsync(db, reference);
        if (await SeedWriter.HasRecordsAsync(db))
        {
            output.WriteLine($"{(postgres is null ? path : "that database")} already holds enforcement records; seed into a new one.");
            return 3;
        }
        var city = CityGenerator.Generate(reference, profile, seed, anchor);
        var generated = watch.Elapsed.TotalSeconds;
        await SeedWriter.WriteCityAsync(db, city);
        var written = watch.Elapsed.TotalSeconds - generated;

        foreach (var (table, rows) in await TableCounts.CountAsync(db)) output.WriteLine($"{table,-22}{rows,10:N0}");
        output.WriteLine($"profile={profile.Name} seed={seed} generate_s={generated:F1} write_s={written:F1} elapsed_s={watch.Elapsed.TotalSeconds:F1}");
        return 0;
    }
}

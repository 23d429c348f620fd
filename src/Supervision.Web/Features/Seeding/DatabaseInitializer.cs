using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;
using Supervision.Web.Data;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Seeding;

/// <summary>
/// Brings the database to the current schema and fills what a fresh install needs: the reference data always, the demo
/// city when demo mode is on. Idempotent: a second start finds both and adds nothing.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<SupervisionDbContext> factory,
    ReferenceData reference,
    IOptions<DemoOptions> demo,
    TimeProvider time,
    ILogger<DatabaseInitializer> log)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await PrepareAsync(db, reference, ct);
        if (!demo.Value.Enabled || await SeedWriter.HasRecordsAsync(db, ct)) return;
        var started = time.GetTimestamp();
        var city = CityGenerator.Generate(reference, GeneratorProfile.Demo, demo.Value.Seed, time.GetUtcNow().UtcDateTime);
        await SeedWriter.WriteCityAsync(db, city, ct);
        log.LogInformation("Loaded the demo city ({Rows} records) in {Seconds:F1} s",
            city.Counts().Sum(c => c.Rows), time.GetElapsedTime(started).TotalSeconds);
    }

    /// <summary>Migrates, switches SQLite to WAL (persistent in the file) and loads the reference data if it is missing.</summary>
    public static async Task PrepareAsync(SupervisionDbContext db, ReferenceData reference, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite()) DataRegistration.EnsureDirectory(db.Database.GetConnectionString()!);
        // A PostgreSQL server may not have the database yet: made here, quietly, rather than by the migrator after it has
        // logged a failed connection as an error.
        else await EnsureCreatedAsync(db, ct);
        // The history table first: the migrator reads it before making it, and logs that failed read on a new database
        // as an error an operator would take for a fault.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        if (!await db.Regions.AnyAsync(ct)) await SeedWriter.WriteReferenceAsync(db, reference, ct);
    }

    public static async Task EnsureCreatedAsync(SupervisionDbContext db, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(ct)) return;
        try
        {
            await creator.CreateAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another instance made it a moment ago.
        }
    }
}

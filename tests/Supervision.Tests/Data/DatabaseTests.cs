using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Agencies;
using Supervision.Web.Data;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Shared;

namespace Supervision.Tests.Data;

public class DatabaseTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("supervision-db-").FullName;

    private string Connection => $"Data Source={Path.Combine(_dir, "nested", "test.db")}";

    /// <summary>A model change needs a migration for each provider; one forgotten would fail only on that provider's servers.</summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Each_provider_has_migrations_up_to_the_current_model(DatabaseProvider provider)
    {
        using var db = provider == DatabaseProvider.Sqlite ? DataRegistration.Open(Connection) : DataRegistration.Open(provider, "Host=localhost;Database=unused");
        Assert.Equal(provider == DatabaseProvider.Sqlite ? typeof(SupervisionDbContext) : typeof(PostgresDbContext), db.GetType());
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes without a {provider} migration: see docs/scale-out.md for the two `dotnet ef migrations add` commands.");
    }

    [Fact]
    public async Task Migrations_build_every_table_in_an_empty_file()
    {
        await using var db = DataRegistration.Open(Connection);
        DataRegistration.EnsureDirectory(Connection);
        Assert.NotEmpty(db.Database.GetMigrations());
        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync();
        foreach (var entity in db.Model.GetEntityTypes())
            Assert.Contains(entity.GetTableName(), tables);
    }

    [Fact]
    public async Task Prepared_database_is_in_wal_mode_with_foreign_keys_and_a_busy_timeout()
    {
        var reference = ReferenceData.Load(TestPaths.DataSeed);
        await using var db = DataRegistration.Open(Connection, busyTimeoutMs: 4321);
        await DatabaseInitializer.PrepareAsync(db, reference);
        await db.Database.OpenConnectionAsync();
        Assert.Equal("wal", await Pragma(db, "journal_mode"));
        Assert.Equal("1", await Pragma(db, "foreign_keys"));
        Assert.Equal("4321", await Pragma(db, "busy_timeout"));

        // An agency pointing at a region that does not exist is refused by the database itself.
        db.Agencies.Add(new Agency { Code = "X-1", Name = "无效单位", RegionId = 999_999 });
        var e = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Contains("FOREIGN KEY", e.InnerException!.Message);
    }

    [Fact]
    public async Task Reference_data_is_loaded_once()
    {
        var reference = ReferenceData.Load(TestPaths.DataSeed);
        await using (var db = DataRegistration.Open(Connection)) await DatabaseInitializer.PrepareAsync(db, reference);
        await using (var db = DataRegistration.Open(Connection)) await DatabaseInitializer.PrepareAsync(db, reference);
        await using var check = DataRegistration.Open(Connection);
        Assert.Equal(reference.Regions.Count, await check.Regions.CountAsync());
        Assert.Equal(reference.Agencies.Count, await check.Agencies.CountAsync());
        Assert.Equal(reference.ListItems.Count, await check.FourListItems.CountAsync());
        // Dates and enums survive the round trip through the bulk writer.
        var matter = await check.Matters.AsNoTracking().OrderBy(m => m.Id).FirstAsync();
        Assert.Equal(reference.Matters[0].Code, matter.Code);
        Assert.Equal(reference.Matters[0].Sector, matter.Sector);
    }

    private static async Task<string> Pragma(SupervisionDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

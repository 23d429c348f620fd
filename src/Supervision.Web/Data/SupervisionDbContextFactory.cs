using Microsoft.EntityFrameworkCore;

namespace Supervision.Web.Data;

/// <summary>
/// Makes a context for the configured provider. On PostgreSQL it is a <see cref="PostgresDbContext"/>: the same model
/// and queries, with its own migrations (Data/Migrations/Postgres), since EF Core keeps one migration history per
/// context type.
/// </summary>
public sealed class SupervisionDbContextFactory : IDbContextFactory<SupervisionDbContext>
{
    private readonly DatabaseProvider _provider;
    private readonly DbContextOptions _options;

    public SupervisionDbContextFactory(DatabaseProvider provider, string connection, int busyTimeoutMs, ILoggerFactory? logging)
    {
        _provider = provider;
        DbContextOptionsBuilder builder = provider == DatabaseProvider.Postgres
            ? new DbContextOptionsBuilder<PostgresDbContext>()
            : new DbContextOptionsBuilder<SupervisionDbContext>();
        DataRegistration.Configure(builder, provider, connection, busyTimeoutMs);
        if (logging is not null) builder.UseLoggerFactory(logging);
        _options = builder.Options;
    }

    public SupervisionDbContext CreateDbContext() => _provider == DatabaseProvider.Postgres
        ? new PostgresDbContext((DbContextOptions<PostgresDbContext>)_options)
        : new SupervisionDbContext((DbContextOptions<SupervisionDbContext>)_options);
}

using Microsoft.EntityFrameworkCore.Design;

namespace Supervision.Web.Data;

/// <summary>`dotnet ef migrations add X --context PostgresDbContext -o Data/Migrations/Postgres`: no server is needed to add one.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDbContext>
{
    public PostgresDbContext CreateDbContext(string[] args) =>
        (PostgresDbContext)DataRegistration.Open(DatabaseProvider.Postgres, "Host=localhost;Database=supervision");
}

using Microsoft.EntityFrameworkCore.Design;

namespace Supervision.Web.Data;

/// <summary>Lets `dotnet ef` build the model without starting the web host (which would migrate and seed).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SupervisionDbContext>
{
    public SupervisionDbContext CreateDbContext(string[] args) => DataRegistration.Open(DataRegistration.DefaultConnection);
}

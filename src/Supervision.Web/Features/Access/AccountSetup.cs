using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Supervision.Web.Data;
using Supervision.Web.Features.Seeding;

namespace Supervision.Web.Features.Access;

/// <summary>Creates the roles on every start, and in demo mode one account per role.</summary>
public sealed class AccountSetup(IServiceScopeFactory scopes, IOptions<DemoOptions> demo, ILogger<AccountSetup> log)
{
    public const string DemoPassword = "Jinan2026demo";

    public static readonly IReadOnlyList<DemoAccount> DemoAccounts =
    [
        new("admin", "演示管理员", Roles.Admin),
        new("operator", "演示值班员", Roles.Operator),
        new("supervisor", "演示监督员", Roles.Supervisor),
        new("analyst", "演示分析员", Roles.Analyst),
        new("liaison", "演示联络员（历下区市场监管局）", Roles.AgencyLiaison, "370102-SCJG"),
        new("wallscreen", "指挥中心大屏一号", Roles.WallScreen),
    ];

    public async Task EnsureAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        if (!demo.Value.Enabled) return;

        var users = scope.ServiceProvider.GetRequiredService<UserManager<SupervisionUser>>();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        foreach (var account in DemoAccounts)
        {
            if (await users.FindByNameAsync(account.UserName) is not null) continue;
            var agencyId = account.AgencyCode is null ? null
                : await db.Agencies.Where(a => a.Code == account.AgencyCode).Select(a => (int?)a.Id).SingleOrDefaultAsync(ct);
            var user = new SupervisionUser
            {
                UserName = account.UserName,
                DisplayName = account.DisplayName,
                AgencyId = agencyId,
                IsDevice = account.Role == Roles.WallScreen,
                CreatedAt = DateTime.UtcNow,
            };
            var created = await users.CreateAsync(user, DemoPassword);
            if (created.Succeeded) created = await users.AddToRoleAsync(user, account.Role);
            if (!created.Succeeded) throw new InvalidOperationException($"Demo account {account.UserName}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }
        log.LogWarning("Demo mode: demo accounts with the published password are active. Never use demo mode in production.");
    }
}

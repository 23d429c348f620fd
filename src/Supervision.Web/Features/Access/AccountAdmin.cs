using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Validation;
using Supervision.Web.Components.Shared;
using Supervision.Web.Data;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Access;

/// <summary>
/// Users, roles, liaisons' agencies and wall-screen devices, for the admin pages and the create-admin command. Each
/// operation runs in its own scope (its own UserManager and DbContext) and writes an audit entry.
/// </summary>
public sealed class AccountAdmin(IServiceScopeFactory scopes, AuditLog audit, TimeProvider time, ReferenceData reference, SessionStore sessions)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync(bool devices, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        var now = time.GetUtcNow();
        var rows = await (
            from u in db.Users.AsNoTracking()
            where u.IsDevice == devices
            join a in db.Agencies on u.AgencyId equals a.Id into agencies
            from a in agencies.DefaultIfEmpty()
            let role = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).FirstOrDefault()
            orderby u.UserName
            select new { u.Id, u.UserName, u.DisplayName, role, u.AgencyId, AgencyName = a == null ? null : a.Name, u.IsDevice, u.LockoutEnd, u.CreatedAt })
            .ToListAsync(ct);
        return rows.Select(r => new UserRow(r.Id, r.UserName!, r.DisplayName, r.role ?? "", r.AgencyId, r.AgencyName, r.IsDevice,
            r.LockoutEnd is { } end && end > now, r.CreatedAt)).ToList();
    }

    public async Task<Outcome<string?>> CreateUserAsync(string userName, string displayName, string role, int? agencyId,
        string password, ClaimsPrincipal? actor, CancellationToken ct = default, string? actorName = null)
    {
        if (Validate(role, agencyId, isDevice: false) is { } error) return Outcome<string?>.Refused("role", error);
        if (string.IsNullOrWhiteSpace(displayName)) return Outcome<string?>.Refused("displayName", UiText.Get("Admin.Error.NameRequired"));
        if (userName.Trim().Length > AccountLimits.UserNameLength) return Outcome<string?>.Refused("userName", UiText.Get("Login.UserNameTooLong"));
        if (displayName.Trim().Length > AccountLimits.DisplayNameLength) return Outcome<string?>.Refused("displayName", UiText.Get("Admin.Error.NameTooLong"));
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SupervisionUser>>();
        var user = new SupervisionUser { UserName = userName.Trim(), DisplayName = displayName.Trim(),
            AgencyId = role == Roles.AgencyLiaison ? agencyId : null, CreatedAt = time.GetUtcNow().UtcDateTime };
        var result = await CreateWithRoleAsync(scope, users, user, password, role);
        if (result.Succeeded) await audit.WriteAsync(AuditActions.UserCreated, user.UserName,
            RoleText(role, user.AgencyId), actor, userName: actorName, ct: ct);
        return result;
    }

    public async Task<Outcome<string?>> UpdateUserAsync(string id, string displayName, string role, int? agencyId, ClaimsPrincipal? actor, CancellationToken ct = default)
    {
        if (Validate(role, agencyId, isDevice: false) is { } error) return Outcome<string?>.Refused("role", error);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SupervisionUser>>();
        if (await users.FindByIdAsync(id) is not { IsDevice: false } user) return Outcome<string?>.Refused("user", UiText.Get("Admin.Error.NoSuchUser"));
        user.DisplayName = displayName.Trim();
        user.AgencyId = role == Roles.AgencyLiaison ? agencyId : null;
        var result = await users.UpdateAsync(user);
        var current = await users.GetRolesAsync(user);
        if (result.Succeeded && !current.SequenceEqual([role]))
        {
            result = await users.RemoveFromRolesAsync(user, current);
            if (result.Succeeded) result = await users.AddToRoleAsync(user, role);
        }
        // New role or agency takes effect at once: the user's existing cookie is invalidated.
        if (result.Succeeded) result = await users.UpdateSecurityStampAsync(user);
        if (result.Succeeded) await sessions.EndAllOfAsync(user.Id, ct);
        if (result.Succeeded) await audit.WriteAsync(AuditActions.UserUpdated, user.UserName,
            RoleText(role, user.AgencyId), actor, ct: ct);
        return IdentityOutcome.Of(result);
    }

    public async Task<Outcome<string?>> ResetPasswordAsync(string id, string password, ClaimsPrincipal? actor, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SupervisionUser>>();
        if (await users.FindByIdAsync(id) is not { } user) return Outcome<string?>.Refused("user", UiText.Get("Admin.Error.NoSuchUser"));
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user, password);
            if (!check.Succeeded) return IdentityOutcome.Of(check);
        }
        var result = await users.RemovePasswordAsync(user);
        if (result.Succeeded) result = await users.AddPasswordAsync(user, password);
        if (result.Succeeded) await users.ResetAccessFailedCountAsync(user);
        // A reset password ends the sessions signed in with the old one.
        if (result.Succeeded) await sessions.EndAllOfAsync(user.Id, ct);
        if (result.Succeeded) await audit.WriteAsync(AuditActions.PasswordReset, user.UserName, null, actor, ct: ct);
        return IdentityOutcome.Of(result);
    }

    /// <summary>Locks (or revokes, for a device) until unlocked; the account's sessions end at once.</summary>
    public async Task<Outcome<string?>> SetLockedAsync(string id, bool locked, ClaimsPrincipal? actor, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SupervisionUser>>();
        if (await users.FindByIdAsync(id) is not { } user) return Outcome<string?>.Refused("user", UiText.Get("Admin.Error.NoSuchUser"));
        if (locked && actor?.FindFirstValue(ClaimTypes.NameIdentifier) == id) return Outcome<string?>.Refused("user", UiText.Get("Admin.Error.NotYourself"));
        var result = await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (result.Succeeded && !locked) result = await users.ResetAccessFailedCountAsync(user);
        if (result.Succeeded) result = await users.UpdateSecurityStampAsync(user);
        if (result.Succeeded && locked) await sessions.EndAllOfAsync(user.Id, ct);
        if (result.Succeeded)
        {
            var action = user.IsDevice ? (locked ? AuditActions.DeviceRevoked : AuditActions.UserUnlocked) : (locked ? AuditActions.UserLocked : AuditActions.UserUnlocked);
            await audit.WriteAsync(action, user.UserName, null, actor, ct: ct);
        }
        return IdentityOutcome.Of(result);
    }

    /// <summary>A wall-screen device account with a generated password, returned once to be typed on the screen.</summary>
    public async Task<Outcome<string?>> CreateDeviceAsync(string userName, string displayName, ClaimsPrincipal? actor, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(displayName)) return Outcome<string?>.Refused("displayName", UiText.Get("Admin.Error.DeviceNameRequired"));
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SupervisionUser>>();
        var password = GeneratePassword();
        if (userName.Trim().Length > AccountLimits.UserNameLength) return Outcome<string?>.Refused("userName", UiText.Get("Login.UserNameTooLong"));
        if (displayName.Trim().Length > AccountLimits.DisplayNameLength) return Outcome<string?>.Refused("displayName", UiText.Get("Admin.Error.NameTooLong"));
        var device = new SupervisionUser { UserName = userName.Trim(), DisplayName = displayName.Trim(), IsDevice = true, CreatedAt = time.GetUtcNow().UtcDateTime };
        var result = await CreateWithRoleAsync(scope, users, device, password, Roles.WallScreen);
        if (!result.Succeeded) return result;
        await audit.WriteAsync(AuditActions.DeviceCreated, device.UserName, displayName, actor, ct: ct);
        return Outcome<string?>.Done(password);
    }

    public async Task<IReadOnlyList<(int Id, string Name)>> AgenciesAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        var list = await db.Agencies.AsNoTracking().OrderBy(a => a.Level).ThenBy(a => a.Code).Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        return list.Select(a => (a.Id, a.Name)).ToList();
    }

    private static string? Validate(string role, int? agencyId, bool isDevice) => role switch
    {
        _ when !Roles.All.Contains(role) => UiText.Get("Admin.Error.RoleRequired"),
        Roles.WallScreen when !isDevice => UiText.Get("Admin.Error.WallScreenRole"),
        Roles.AgencyLiaison when agencyId is null => UiText.Get("Admin.Error.LiaisonAgency"),
        _ => null,
    };

    /// <summary>User and role in one transaction: a user is never left without its role.</summary>
    private static async Task<Outcome<string?>> CreateWithRoleAsync(AsyncServiceScope scope, UserManager<SupervisionUser> users, SupervisionUser user, string password, string role)
    {
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        await using var tx = await db.Database.BeginTransactionAsync();
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded) result = await users.AddToRoleAsync(user, role);
        if (!result.Succeeded) return IdentityOutcome.Of(result);
        await tx.CommitAsync();
        return Outcome<string?>.Done(null);
    }

    private static string GeneratePassword()
    {
        // Unambiguous characters (no 0/O, 1/l/I) so it can be typed on a screen's on-screen keyboard.
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnopqrstuvwxyz", digits = "23456789";
        var all = upper + lower + digits;
        var chars = new char[16];
        chars[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[1] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        for (var i = 3; i < chars.Length; i++) chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    /// <summary>The audit's words for a role and its agency: the agency by name, never its internal number.</summary>
    private string RoleText(string role, int? agencyId) =>
        $"角色：{Roles.Chinese(role)}" + (agencyId is { } a ? $"，单位：{reference.Agencies.FirstOrDefault(x => x.Id == a)?.Name ?? "（已不存在的单位）"}" : "");
}

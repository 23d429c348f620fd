using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Shared;

namespace Supervision.Tests.Features.Access;

public class AccountTests : IDisposable
{
    private readonly TempDatabase _db = new();

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await using var app = new SupervisionApp(_db.Path);
        var client = app.Anonymous();
        for (var i = 0; i < 4; i++)
        {
            var wrong = await SupervisionApp.PostLoginAsync(client, "analyst", "Wrong-password-1");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("用户名或密码不正确", await Text(wrong));
        }
        var fifth = await SupervisionApp.PostLoginAsync(client, "analyst", "Wrong-password-1");
        Assert.Contains("已被锁定", await Text(fifth));
        var right = await SupervisionApp.PostLoginAsync(client, "analyst", AccountSetup.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode); // no redirect: not signed in
        Assert.Contains("已被锁定", await Text(right));

        var audit = (await app.AuditAsync()).Where(e => e.UserName == "analyst").Select(e => e.Action).ToList();
        Assert.Equal(4, audit.Count(a => a == AuditActions.SignInFailed));
        Assert.Equal(2, audit.Count(a => a == AuditActions.LockedOut));
        Assert.DoesNotContain(AuditActions.SignIn, audit);
    }

    [Fact]
    public async Task Four_wrong_passwords_do_not_lock_and_a_sign_in_is_audited_with_its_address()
    {
        await using var app = new SupervisionApp(_db.Path);
        var client = app.Anonymous();
        for (var i = 0; i < 4; i++) await SupervisionApp.PostLoginAsync(client, "operator", "Wrong-password-1");
        var right = await SupervisionApp.PostLoginAsync(client, "operator", AccountSetup.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var signIn = Assert.Single(await app.AuditAsync(), e => e.Action == AuditActions.SignIn);
        Assert.Equal("operator", signIn.UserName);
        var operatorId = (await app.Services.GetRequiredService<AccountAdmin>().ListAsync(devices: false)).Single(u => u.UserName == "operator").Id;
        Assert.Equal(operatorId, signIn.UserId);
        Assert.True(signIn.At > DateTime.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task Unknown_user_names_fail_like_wrong_passwords_and_are_audited()
    {
        await using var app = new SupervisionApp(_db.Path);
        var response = await SupervisionApp.PostLoginAsync(app.Anonymous(), "nobody", "Whatever-123");
        Assert.Contains("用户名或密码不正确", await Text(response));
        Assert.Contains(await app.AuditAsync(), e => e.Action == AuditActions.SignInFailed && e.UserName == "nobody");
    }

    [Fact]
    public async Task Sign_in_page_lists_the_demo_accounts_only_in_demo_mode()
    {
        await using (var demo = new SupervisionApp(_db.Path))
            Assert.Contains("演示账户", await demo.Anonymous().GetStringAsync("/account/login"));
        await using var real = new SupervisionApp(_db.Path, demo: false);
        Assert.DoesNotContain("演示账户", await real.Anonymous().GetStringAsync("/account/login"));
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        await using var app = new SupervisionApp(_db.Path);
        var client = app.Anonymous();
        var token = SupervisionApp.AntiforgeryToken(await client.GetStringAsync("/account/login?ReturnUrl=https%3A%2F%2Fevil.example%2F"));
        var response = await client.PostAsync("/account/login?ReturnUrl=https%3A%2F%2Fevil.example%2F", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "login", ["Input.UserName"] = "operator", ["Input.Password"] = AccountSetup.DemoPassword,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("evil.example", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_wall_screen_stays_signed_in_for_a_year_until_revoked()
    {
        await using var app = new SupervisionApp(_db.Path);
        var screen = app.Anonymous();
        var response = await SupervisionApp.PostLoginAsync(screen, "wallscreen", AccountSetup.DemoPassword);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("supervision.auth="));
        var expires = DateTimeOffset.Parse(cookie.Split(';').Single(p => p.Trim().StartsWith("expires=", StringComparison.OrdinalIgnoreCase)).Split('=')[1]);
        Assert.InRange(expires, DateTimeOffset.UtcNow.AddDays(364), DateTimeOffset.UtcNow.AddDays(366));
        Assert.Equal(HttpStatusCode.OK, (await screen.GetAsync("/wall")).StatusCode);
        // View-only: no admin page, no password change.
        Assert.Equal(HttpStatusCode.Forbidden, (await screen.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await screen.GetAsync("/account/password")).StatusCode);

        var admin = app.Services.GetRequiredService<AccountAdmin>();
        var device = (await admin.ListAsync(devices: true)).Single(d => d.UserName == "wallscreen");
        Assert.True((await admin.SetLockedAsync(device.Id, true, await PrincipalAsync(app, "admin"))).Succeeded);
        var after = await screen.GetAsync("/wall");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains(AccessRegistration.LoginPath, after.Headers.Location!.OriginalString);
        Assert.Contains(await app.AuditAsync(), e => e.Action == AuditActions.DeviceRevoked && e.Target == "wallscreen" && e.UserName == "admin");
    }

    [Fact]
    public async Task A_person_signs_in_for_a_session_unless_asked_to_stay()
    {
        await using var app = new SupervisionApp(_db.Path);
        var session = await SupervisionApp.PostLoginAsync(app.Anonymous(), "operator", AccountSetup.DemoPassword);
        Assert.DoesNotContain("expires=", session.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("supervision.auth=")), StringComparison.OrdinalIgnoreCase);
        var remembered = await SupervisionApp.PostLoginAsync(app.Anonymous(), "operator", AccountSetup.DemoPassword, remember: true);
        Assert.Contains("expires=", remembered.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("supervision.auth=")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Admin_changes_are_validated_and_audited()
    {
        await using var app = new SupervisionApp(_db.Path);
        var admin = app.Services.GetRequiredService<AccountAdmin>();
        var actor = await PrincipalAsync(app, "admin");
        var noAgency = await admin.CreateUserAsync("liaison2", "王联络", Roles.AgencyLiaison, null, "Strong-Password-1", actor);
        Assert.False(noAgency.Succeeded);
        Assert.Contains("必须绑定", Assert.Single(noAgency.Problems).Message);
        var weak = await admin.CreateUserAsync("weak", "弱密码", Roles.Analyst, null, "short", actor);
        Assert.Contains(weak.Problems, e => e.Message.Contains("至少需要 10 个字符"));
        var noWallScreenForPeople = await admin.CreateUserAsync("screen2", "假大屏", Roles.WallScreen, null, "Strong-Password-1", actor);
        Assert.False(noWallScreenForPeople.Succeeded);
        // Nothing half-written: the refused users do not exist.
        Assert.DoesNotContain(await admin.ListAsync(devices: false), u => u.UserName is "liaison2" or "weak" or "screen2");

        Assert.True((await admin.CreateUserAsync("analyst2", "李分析", Roles.Analyst, null, "Strong-Password-1", actor)).Succeeded);
        var agency = app.Services.GetRequiredService<ReferenceData>().Agencies.First();
        Assert.True((await admin.CreateUserAsync("liaison3", "赵联络", Roles.AgencyLiaison, agency.Id, "Strong-Password-1", actor)).Succeeded);
        var created = (await admin.ListAsync(devices: false)).Single(u => u.UserName == "analyst2");
        Assert.Equal(Roles.Analyst, created.Role);
        Assert.True((await admin.UpdateUserAsync(created.Id, "李分析", Roles.Supervisor, null, actor)).Succeeded);
        Assert.Equal(Roles.Supervisor, (await admin.ListAsync(devices: false)).Single(u => u.UserName == "analyst2").Role);
        Assert.False((await admin.SetLockedAsync((await admin.ListAsync(false)).Single(u => u.UserName == "admin").Id, true, actor)).Succeeded);
        var device = await admin.CreateDeviceAsync("wall-02", "指挥大厅西侧大屏", actor);
        Assert.True(device.Succeeded);
        var deviceClient = await app.SignInAsync("wall-02", device.Value!);
        Assert.Equal(HttpStatusCode.OK, (await deviceClient.GetAsync("/wall")).StatusCode);

        var audit = await app.AuditAsync();
        Assert.Contains(audit, e => e is { Action: AuditActions.UserCreated, Target: "analyst2", UserName: "admin" });
        // The audit names the liaison's agency as people know it, not by its internal number.
        Assert.Equal($"角色：执法单位联络员，单位：{agency.Name}", audit.Single(e => e is { Action: AuditActions.UserCreated, Target: "liaison3" }).Detail);
        Assert.Contains(audit, e => e is { Action: AuditActions.UserUpdated, Target: "analyst2" } && e.Detail!.Contains("监督员"));
        Assert.Contains(audit, e => e is { Action: AuditActions.DeviceCreated, Target: "wall-02" });
        Assert.DoesNotContain(audit, e => e.Target is "liaison2" or "weak" or "screen2");
    }

    [Fact]
    public async Task The_audit_log_cannot_be_changed_or_deleted()
    {
        await using var app = new SupervisionApp(_db.Path);
        await app.SignInAsync("operator");
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        var entry = await db.AuditEntries.FirstAsync();
        entry.Detail = "tampered";
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.FirstAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Changing_ones_password_is_audited_and_the_new_one_works()
    {
        await using var app = new SupervisionApp(_db.Path);
        var client = await app.SignInAsync("supervisor");
        var token = SupervisionApp.AntiforgeryToken(await client.GetStringAsync("/account/password"));
        var mismatch = await client.PostAsync("/account/password", Form(token, AccountSetup.DemoPassword, "New-Password-2026", "Other-Password-2026"));
        Assert.Contains("不一致", await Text(mismatch));
        var wrongOld = await client.PostAsync("/account/password", Form(token, "Not-the-old-1", "New-Password-2026", "New-Password-2026"));
        Assert.Contains("原密码不正确", await Text(wrongOld));
        var ok = await client.PostAsync("/account/password", Form(token, AccountSetup.DemoPassword, "New-Password-2026", "New-Password-2026"));
        Assert.Contains("密码已修改", await Text(ok));
        await app.SignInAsync("supervisor", "New-Password-2026");
        Assert.Single(await app.AuditAsync(), e => e is { Action: AuditActions.PasswordChanged, UserName: "supervisor" });

        static FormUrlEncodedContent Form(string token, string old, string @new, string confirm) => new(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "password",
            ["Input.OldPassword"] = old, ["Input.NewPassword"] = @new, ["Input.ConfirmPassword"] = confirm,
        });
    }

    [Fact]
    public async Task Sign_out_is_audited_and_ends_the_session()
    {
        await using var app = new SupervisionApp(_db.Path);
        var client = await app.SignInAsync("analyst");
        var token = SupervisionApp.AntiforgeryToken(await client.GetStringAsync("/"));
        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
        Assert.Contains(await app.AuditAsync(), e => e is { Action: AuditActions.SignOut, UserName: "analyst" });
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_afterwards_and_other_sessions_live_on()
    {
        await using var app = new SupervisionApp(_db.Path);
        var (first, second) = (await app.SignInCookieAsync("analyst"), await app.SignInCookieAsync("analyst"));
        HttpClient With(string cookie)
        {
            var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            client.DefaultRequestHeaders.Add("Cookie", cookie);
            return client;
        }
        var page = await With(first).GetAsync("/statistics");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = SupervisionApp.AntiforgeryToken(await page.Content.ReadAsStringAsync());
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery")).Split(';')[0];
        Assert.Equal(HttpStatusCode.Redirect, (await With($"{first}; {antiforgery}").PostAsync("/account/logout",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }))).StatusCode);

        // The same cookie, kept by an attacker or a second tab, no longer opens anything.
        var replay = await With(first).GetAsync("/statistics");
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.Contains(AccessRegistration.LoginPath, replay.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await With(second).GetAsync("/statistics")).StatusCode);

        // A password reset by an admin ends the remaining session at once.
        var admin = app.Services.GetRequiredService<AccountAdmin>();
        var analyst = (await admin.ListAsync(devices: false)).Single(u => u.UserName == "analyst");
        Assert.True((await admin.ResetPasswordAsync(analyst.Id, "Another-Passw0rd", actor: null)).Succeeded);
        Assert.Equal(HttpStatusCode.Redirect, (await With(second).GetAsync("/statistics")).StatusCode);
    }

    [Fact]
    public async Task Demo_mode_is_refused_in_production_with_the_reason()
    {
        await using var app = new SupervisionApp(_db.Path, demo: true, environment: "Production");
        var e = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("Demo:Enabled=true is refused in the Production environment", e.ToString());
    }

    [Fact]
    public async Task Create_admin_takes_the_password_from_standard_input_never_the_command_line()
    {
        await using var app = new SupervisionApp(_db.Path, demo: false);
        app.CreateClient();
        var output = new StringWriter();
        Assert.Equal(2, await CreateAdminCommand.RunAsync(app.Services, ["create-admin", "--user", "chief", "--password", "Strong-Password-1"], new StringReader(""), output));
        Assert.Contains("Refusing --password", output.ToString());
        Assert.Equal(3, await CreateAdminCommand.RunAsync(app.Services, ["create-admin", "--user", "chief"], new StringReader("weak\n"), new StringWriter()));
        Assert.Equal(0, await CreateAdminCommand.RunAsync(app.Services, ["create-admin", "--user", "chief", "--name", "张主任"],
            new StringReader("Strong-Password-1\n"), new StringWriter()));
        var client = await app.SignInAsync("chief", "Strong-Password-1");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);

        // Command-line actions are in the audit log under the server account that ran them (issue 19, item 16).
        Assert.Equal(0, await Supervision.Web.Features.Ingestion.AgencyKeyCommand.RunAsync(app.Services,
            ["agency-key", "create", "--agency", "370102-SCJG", "--label", "业务系统"], new StringWriter()));
        var keyId = (await app.AuditAsync()).Last(e => e.Action == AuditActions.ApiKeyCreated).Detail!.Split(' ', ':')[1];
        Assert.Equal(0, await Supervision.Web.Features.Ingestion.AgencyKeyCommand.RunAsync(app.Services, ["agency-key", "revoke", "--id", keyId], new StringWriter()));
        var audit = await app.AuditAsync();
        var byCommand = audit.Where(e => e.UserName.StartsWith("命令行(")).ToList();
        Assert.Equal([AuditActions.UserCreated, AuditActions.ApiKeyCreated, AuditActions.ApiKeyRevoked], byCommand.Select(e => e.Action));
        Assert.Equal("chief", byCommand[0].Target);
        Assert.Equal("历下区市场监督管理局", byCommand[1].Target);
        Assert.Equal($"密钥 {keyId}:业务系统", byCommand[1].Detail);
    }

    private static async Task<string> Text(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static async Task<ClaimsPrincipal> PrincipalAsync(SupervisionApp app, string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SupervisionUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<SupervisionUser>>();
        return await factory.CreateAsync((await users.FindByNameAsync(userName))!);
    }

    public void Dispose() => _db.Dispose();
}

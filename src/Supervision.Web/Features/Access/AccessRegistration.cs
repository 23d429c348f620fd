using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Access;

public static class AccessRegistration
{
    public const string LoginPath = "/account/login";

    private const string ForbiddenPage =
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>无权访问 · 行政执法监督协调指挥中心</title>" +
        "<link rel=\"stylesheet\" href=\"/account.css\"></head><body><div class=\"account-page\"><header class=\"account-header\">" +
        "济南市行政执法监督协调指挥中心</header><main class=\"account-card\"><h1>无权访问</h1><p>您的账户没有访问此页面的权限。" +
        "如需开通，请联系系统管理员。</p><p><a href=\"/\">返回总览</a></p></main></div></body></html>";

    public static WebApplicationBuilder AddAccess(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddCascadingAuthenticationState();
        services.AddAuthorization(Policies.Configure);
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<SupervisionUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                // Per address and account the throttle stops at five (SignInThrottle); account-wide only a spread-out guess locks.
                o.Lockout.MaxFailedAccessAttempts = SignInThrottle.AccountWideAttempts;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SupervisionDbContext>()
            .AddSignInManager()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddClaimsPrincipalFactory<SupervisionClaimsFactory>();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "supervision.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing")
                ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            // A desk session lasts a working day; wall screens get a year at sign-in (see the login page).
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;
            o.LoginPath = LoginPath;
            o.AccessDeniedPath = "/status/403";
            // A signed-in user without the right role gets a 403 with a short explanation, not a redirect.
            o.Events.OnRedirectToAccessDenied = async ctx =>
            {
                // A wall-screen device belongs on the wall: after a restart or a lost sign-in it comes back to "/" first.
                if (ctx.HttpContext.User.IsInRole(Roles.WallScreen) && ctx.Request.Path == "/")
                {
                    ctx.Response.Redirect("/wall");
                    return;
                }
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                if (ctx.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
                ctx.Response.ContentType = "text/html; charset=utf-8";
                await ctx.Response.WriteAsync(ForbiddenPage);
            };
        });
        // The session lives on the server and the cookie names it: signing out ends it (issue 19, item 12).
        services.AddMemoryCache();
        services.AddSingleton<SessionStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<SessionStore>((o, store) => o.SessionStore = store);
        // Revoking a device or locking a user changes its security stamp: its cookie stops working within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddScoped<CurrentUser>();
        services.AddScoped<UserDb>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<AccountAdmin>();
        services.AddScoped<AuditQuery>();
        services.AddSingleton<AccountSetup>();
        return builder;
    }

    public static WebApplication MapAccess(this WebApplication app)
    {
        app.MapPost("/account/logout", async (HttpContext context, IAntiforgery antiforgery, SignInManager<SupervisionUser> signIn, AuditLog audit) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest();
            await audit.WriteAsync(AuditActions.SignOut, actor: context.User);
            await signIn.SignOutAsync();
            return Results.LocalRedirect(LoginPath);
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>Roles always; demo accounts when demo mode is on.</summary>
    public static async Task InitializeAccessAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<AccountSetup>().EnsureAsync(app.Lifetime.ApplicationStopping);
}

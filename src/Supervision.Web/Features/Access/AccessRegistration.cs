using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Access;

public static class AccessRegistration
{
    public const string LoginPath = "/account/login";

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
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SupervisionDbContext>()
            .AddSignInManager()
            .AddErrorDescriber<ChineseIdentityErrors>()
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
            // A signed-in user without the right role gets a plain 403 (shown by the status page), not a redirect.
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // Revoking a device or locking a user changes its security stamp: its cookie stops working within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddScoped<CurrentUser>();
        services.AddScoped<UserDb>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<AccountAdmin>();
        services.AddSingleton<AuditQuery>();
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
        });
        return app;
    }

    /// <summary>Roles always; demo accounts when demo mode is on.</summary>
    public static async Task InitializeAccessAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<AccountSetup>().EnsureAsync(app.Lifetime.ApplicationStopping);
}

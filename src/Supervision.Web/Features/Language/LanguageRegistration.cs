using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Supervision.Web.Features.Access;

namespace Supervision.Web.Features.Language;

/// <summary>
/// Chinese by default, English by choice. The choice is the person's (a column on the user, a claim in the sign-in
/// cookie, read by UseRequestLocalization right after authentication in Hosting/WebShell), so it follows them from one
/// desk to another; a Blazor circuit takes the culture of the request that
/// opened it, hence the reload after switching.
/// </summary>
public static class LanguageRegistration
{
    public const string Chinese = "zh-CN", English = "en";
    public static readonly IReadOnlyList<string> Supported = [Chinese, English];
    public const string SwitchPath = "/account/language";

    public static WebApplicationBuilder AddLanguage(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Supported.Select(CultureInfo.GetCultureInfo).ToList();
            o.DefaultRequestCulture = new RequestCulture(Chinese);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // Only the person's own choice counts, never the browser's Accept-Language: a command center's screens
            // are Chinese unless someone asked otherwise.
            o.RequestCultureProviders =
            [
                new CustomRequestCultureProvider(context =>
                    Task.FromResult(context.User.FindFirstValue(AccessClaims.Language) is { } language && Supported.Contains(language)
                        ? new ProviderCultureResult(language) : null)),
            ];
        });
        return builder;
    }

    public static WebApplication MapLanguage(this WebApplication app)
    {
        app.MapPost(SwitchPath, async (HttpContext context, IAntiforgery antiforgery, UserManager<SupervisionUser> users, SignInManager<SupervisionUser> signIn) =>
        {
            // The layout's form carries the token; a cross-site post without it changes nobody's language.
            if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest();
            var form = await context.Request.ReadFormAsync();
            var language = form["language"].ToString();
            if (!Supported.Contains(language)) return Results.ValidationProblem(new Dictionary<string, string[]> { ["language"] = ["不支持的语言。"] });
            var user = await users.GetUserAsync(context.User);
            if (user is null) return Results.Unauthorized();
            user.Language = language == Chinese ? null : language;
            await users.UpdateAsync(user);
            await signIn.RefreshSignInAsync(user);
            return Results.LocalRedirect(LocalUrl.Safe(form["returnUrl"].ToString()));
        }).RequireAuthorization(Policies.ManageOwnAccount);
        return app;
    }
}

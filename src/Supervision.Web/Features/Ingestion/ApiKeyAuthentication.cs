using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Supervision.Web.Features.Access;

namespace Supervision.Web.Features.Ingestion;

/// <summary>Authenticates agency systems by the <c>X-Api-Key</c> header; the principal carries the key's agency.</summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AgencyKeys keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string AgencySystemRole = "AgencySystem";
    public const string KeyIdClaim = "supervision:key";
    /// <summary>The key as a record's history names it (<see cref="KeyOwner.Source"/>).</summary>
    public const string SourceClaim = "supervision:key-source";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var presented)) return AuthenticateResult.NoResult();
        if (await keys.FindAsync(presented.ToString(), Context.RequestAborted) is not { } owner)
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, owner.AgencyCode),
            new Claim(ClaimTypes.Role, AgencySystemRole),
            new Claim(AccessClaims.Agency, owner.AgencyId.ToString(CultureInfo.InvariantCulture)),
            new Claim(KeyIdClaim, owner.KeyId.ToString(CultureInfo.InvariantCulture)),
            new Claim(SourceClaim, owner.Source),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Problem(StatusCodes.Status401Unauthorized, "缺少或无效的 API 密钥", $"请在 {Header} 请求头中提供本单位有效的 API 密钥。");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problem(StatusCodes.Status403Forbidden, "无权写入", "此 API 密钥无权执行该操作。");

    private Task Problem(int status, string title, string detail) =>
        Results.Problem(title: title, detail: detail, statusCode: status).ExecuteAsync(Context);
}

using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using Supervision.Web.Features.Access;

namespace Supervision.Web.Features.Ingestion;

public static class IngestionRegistration
{
    private const string PerKeyLimit = "per-api-key";

    /// <summary>The most records one batch may carry; a larger batch is refused whole with 413.</summary>
    public const int MaxBatch = 500;

    public static WebApplicationBuilder AddIngestion(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Partitioned by the key's public prefix: no database lookup before the limiter decides.
            o.AddPolicy(PerKeyLimit, context =>
            {
                var perSecond = context.RequestServices.GetRequiredService<IOptions<IngestionOptions>>().Value.RequestsPerSecondPerKey;
                var key = context.Request.Headers[ApiKeyAuthentication.Header].ToString();
                return System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(key.Length > 13 ? key[..13] : key,
                    _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions
                {
                    PermitLimit = perSecond,
                    Window = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                });
            });
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                await Results.Problem(title: "请求过于频繁",
                    detail: "此 API 密钥的请求超过了每秒上限，请稍后重试或改用批量接口。",
                    statusCode: StatusCodes.Status429TooManyRequests)
                    .ExecuteAsync(context.HttpContext);
            };
        });
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            // Agency systems serialise "type" wherever their library puts it, not necessarily first.
            o.SerializerOptions.AllowOutOfOrderMetadataProperties = true;
            o.SerializerOptions.Converters.Add(new OffsetTimeConverter());
        });
        builder.Services.AddSingleton<IngestionStatus>();
        builder.Services.AddHostedService<HealthWatch>();
        builder.Services.AddSingleton<AgencyKeys>();
        builder.Services.AddSingleton<RecordWriter>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("v1", ApiDocument.Configure);
        builder.Services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        builder.Services.AddAuthorizationBuilder().AddPolicy(Policies.Ingest, p => p
            .AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName)
            .RequireRole(ApiKeyAuthentication.AgencySystemRole));
        return builder;
    }

    public static WebApplication MapIngestion(this WebApplication app)
    {
        // Agency systems authenticate with a key, not a cookie: no antiforgery token, no sign-in redirect.
        var api = app.MapGroup("/api/v1").RequireAuthorization(Policies.Ingest).RequireRateLimiting(PerKeyLimit).DisableAntiforgery().WithTags("Ingestion")
            // Every answer besides success, each an RFC 9457 problem (ApiProblems): the document states them all.
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        MapRecord<InspectionIn>(api, "/inspections");
        MapRecord<CaseIn>(api, "/cases");
        MapRecord<RectificationIn>(api, "/rectifications");
        MapRecord<MeasureIn>(api, "/measures");
        MapRecord<ComplaintIn>(api, "/complaints");
        MapRecord<CreditGradeIn>(api, "/credit-grades");
        api.MapPost("/batch", BatchEndpoint.HandleAsync).Accepts<BatchIn>("application/json").Produces<BatchOutcome>();
        // The interface description and a browsable reference, for signed-in users (agency integrators get accounts);
        // the reference page's script is served by the app itself, never from a CDN.
        app.MapOpenApi("/openapi/{documentName}.json").RequireAuthorization(Policies.ReadApiDocs);
        // An offline intranet: none of the hosted services the page offers by default (AI agent, MCP, the developer
        // toolbar with deploy and SDK generation, telemetry) can work, so none is shown.
        app.MapScalarApiReference("/api/reference", o =>
            {
                o.WithTitle("数据接入接口").WithOpenApiRoutePattern("/openapi/{documentName}.json").DisableDefaultFonts();
                o.Agent = new ScalarAgentOptions { Disabled = true };
                o.Mcp = new ScalarMcpOptions { Disabled = true };
                o.ShowDeveloperTools = DeveloperToolsVisibility.Never;
                o.Telemetry = false;
            }).RequireAuthorization(Policies.ReadApiDocs);
        return app;
    }

    private static void MapRecord<T>(RouteGroupBuilder api, string path) where T : RecordIn =>
        api.MapPost(path, async (HttpRequest request, ClaimsPrincipal key, RecordWriter writer, IOptions<JsonOptions> json, CancellationToken ct) =>
            {
                var (record, problem) = await RecordReader.ReadAsync<T>(request, json.Value.SerializerOptions, ct);
                return problem ?? ToHttp(await writer.WriteAsync(Owner(key), record, ct));
            })
            .Accepts<T>("application/json")
            .Produces<RecordAnswer>(StatusCodes.Status201Created).Produces<RecordAnswer>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);

    internal static KeyOwner Owner(ClaimsPrincipal key) => new(
        int.Parse(key.FindFirstValue(ApiKeyAuthentication.KeyIdClaim)!, CultureInfo.InvariantCulture),
        int.Parse(key.FindFirstValue(AccessClaims.Agency)!, CultureInfo.InvariantCulture),
        key.Identity!.Name!,
        key.FindFirstValue(ApiKeyAuthentication.SourceClaim) ?? "接口");

    private static IResult ToHttp(RecordOutcome outcome) => outcome.Status switch
    {
        OutcomeStatus.Created => Results.Json(Body(outcome), statusCode: StatusCodes.Status201Created),
        OutcomeStatus.Updated or OutcomeStatus.Unchanged => Results.Ok(Body(outcome)),
        OutcomeStatus.Conflict => Results.Problem(title: "记录冲突", detail: outcome.Detail, statusCode: StatusCodes.Status409Conflict),
        // The key is known but may not write for that agency: a refusal of the sender (403), not a fault in the record (400).
        OutcomeStatus.Forbidden => Results.Problem(title: "无权报送", detail: outcome.Detail, statusCode: StatusCodes.Status403Forbidden),
        _ => Results.ValidationProblem(outcome.Errors ?? new Dictionary<string, string[]>(), title: "记录未通过校验", detail: "以下字段有误，记录未保存。"),
    };

    private static RecordAnswer Body(RecordOutcome o) => new(o.Id, o.RecordId, o.Status.ToString().ToLowerInvariant());
}

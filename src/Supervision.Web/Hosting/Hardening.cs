using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;

namespace Supervision.Web.Hosting;

/// <summary>Limits and headers set on purpose rather than left at framework defaults.</summary>
public static class Hardening
{
    /// <summary>The largest request body accepted (Excel imports are the big ones); larger requests get 413.</summary>
    public const long MaxRequestBytes = 16 * 1024 * 1024;

    // Only the app's own scripts; MudBlazor sets inline style attributes, so styles allow 'unsafe-inline'.
    // connect-src 'self' covers Blazor's and SignalR's WebSocket to the same origin. Images may also come from the
    // origins features add to ContentSecurityOptions (a configured map tile server).
    private static string ContentSecurityPolicy(string images) =>
        $"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:{images}; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // The API reference page (Scalar, served from the app's own files) starts itself with one inline module script;
    // only that page, behind sign-in, allows inline scripts.
    private const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplicationBuilder AddHardening(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = MaxRequestBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.AddServerHeader = false;
        });
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = MaxRequestBytes);
        builder.Services.Configure<Microsoft.AspNetCore.Components.Server.CircuitOptions>(o =>
        {
            // Wall screens and desks reconnect after network drops; keep a circuit for a few minutes, but cap how
            // many disconnected ones a server holds so abandoned tabs cannot exhaust memory.
            o.DisconnectedCircuitMaxRetained = 200;
            o.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(5);
            // A slow client (a wall screen on a weak link) may lag this many renders before the server waits for it.
            o.MaxBufferedUnacknowledgedRenderBatches = 20;
            // JS calls (map, charts) that take longer than this are treated as failed rather than hanging a circuit.
            o.JSInteropDefaultCallTimeout = TimeSpan.FromSeconds(30);
            o.DetailedErrors = builder.Environment.IsDevelopment();
        });
        builder.Services.Configure<HubOptions>(o => o.MaximumReceiveMessageSize = 64 * 1024);
        return builder;
    }

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var images = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ContentSecurityOptions>>().Value.ImageSources;
        var policy = ContentSecurityPolicy(string.Concat(images.Distinct().Select(o => " " + o)));
        app.Use(async (context, next) =>
        {
            // Kestrel enforces the limit too, also for chunked bodies; this answers early, on any server.
            if (context.Request.ContentLength > MaxRequestBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/reference") ? ApiReferencePolicy : policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            await next();
        });
        return app;
    }
}

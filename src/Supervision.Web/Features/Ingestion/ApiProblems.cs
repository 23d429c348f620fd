using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Supervision.Domain.Validation;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// What the API answers when a request cannot be read or stored: RFC 9457 problem details in every environment, never
/// an HTML page, a sign-in redirect or a stack trace. A database that is full, locked past the busy timeout or gone is
/// a 503 with Retry-After, saying that nothing was stored (the batch is one transaction).
/// </summary>
public static class ApiProblems
{
    /// <summary>Seconds an agency system is asked to wait before sending again after a 503.</summary>
    public const int RetryAfterSeconds = 30;

    public static IResult Syntax(JsonException e) => Results.Problem(
        title: "请求体不是有效的 JSON",
        detail: $"第 {(e.LineNumber ?? 0) + 1} 行第 {(e.BytePositionInLine ?? 0) + 1} 个字节附近有语法错误，未保存任何记录。",
        statusCode: StatusCodes.Status400BadRequest);

    public static IResult Invalid(FieldError error, string pointer) => Results.ValidationProblem(
        new Dictionary<string, string[]> { [error.Field] = [error.Message] },
        title: "记录未通过校验", detail: "以下字段有误，记录未保存。",
        extensions: new Dictionary<string, object?> { ["pointer"] = pointer });

    public static WebApplication UseApiProblems(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = FailedAsync, SuppressDiagnosticsCallback = _ => false });
            api.Use(async (context, next) =>
            {
                // Checked here, before authentication: routing has already picked its 415 endpoint for a body that is not
                // JSON, and that endpoint, having no policy of its own, would send the sign-in redirect meant for people.
                if (HttpMethods.IsPost(context.Request.Method) && !IsJson(context.Request.ContentType)
                    && context.Request.Path.StartsWithSegments("/api/v1"))
                {
                    await Results.Problem(title: "请求体须为 JSON",
                        detail: $"Content-Type 应为 application/json，本次为“{Shown(context.Request.ContentType)}”；未保存任何记录。",
                        statusCode: StatusCodes.Status415UnsupportedMediaType).ExecuteAsync(context);
                    return;
                }
                await next();
            });
        });
        return app;
    }

    private static bool IsJson(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static string Shown(string? contentType) =>
        string.IsNullOrEmpty(contentType) ? "(无)" : contentType.Length > 60 || contentType.Any(char.IsControl) ? "(无法识别)" : contentType;

    private static async Task FailedAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (StoreUnavailable.Is(error))
        {
            context.RequestServices.GetRequiredService<IngestionStatus>().Refused();
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Results.Problem(title: "数据库暂不可用",
                detail: $"数据库暂时无法写入(磁盘已满、被长时间锁定或无法打开)，本次请求的记录均未保存，请在 {RetryAfterSeconds} 秒后重新发送。",
                statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
            return;
        }
        await Results.Problem(title: "服务器内部错误",
            detail: $"处理请求时发生错误，本次请求的记录均未保存。请联系指挥中心并提供此编号：{context.TraceIdentifier}。",
            statusCode: StatusCodes.Status500InternalServerError).ExecuteAsync(context);
    }
}

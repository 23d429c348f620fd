using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// The ingestion API's OpenAPI document: only /api/v1 (internal routes are left out), the X-Api-Key security scheme on
/// every operation, and every answer an operation can give (the problem answers come from the endpoints' metadata:
/// <see cref="IngestionRegistration"/>).
/// </summary>
public static class ApiDocument
{
    public const string SchemeName = "AgencyApiKey";

    public static void Configure(OpenApiOptions o)
    {
        o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.OrdinalIgnoreCase) == true;
        o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "行政执法监督协调指挥中心 数据接入接口";
            document.Info.Version = "v1";
            document.Info.Description =
                $"执法单位系统推送检查、案件等记录。每个请求在 {ApiKeyAuthentication.Header} 请求头中携带本单位的 API 密钥;" +
                "每条记录带本单位系统中的编号 id,重复推送不会重复写入；校验失败时按字段返回 RFC 9457 问题详情(errors 按字段名，pointer 为 JSON 指针)，且不写入任何数据。" +
                "时间须带时区偏移(如 2026-11-23T09:30:00+08:00)。agencyCode 只能是本单位或其下级单位：为其他单位报送时返回 403(批量接口中该条状态为 forbidden)，不写入。" +
                $"批量接口一次最多 {IngestionRegistration.MaxBatch} 条。数据库暂不可写时返回 503 并带 Retry-After,本次记录均未保存，请按时重发。";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                Name = ApiKeyAuthentication.Header,
                In = ParameterLocation.Header,
                Description = "本单位的 API 密钥(由指挥中心管理员签发，只显示一次)。",
            };
            foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] }];
            return Task.CompletedTask;
        });
    }
}

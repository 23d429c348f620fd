using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Ingestion;

namespace Supervision.Tests.Features.Ingestion;

/// <summary>The API's problems in the Production environment too (issue 19, item 5): there the old answers were a bare 400 or a sign-in redirect.</summary>
public class ProductionApiProblemTests : IDisposable
{
    private readonly TempDatabase _db = new();

    [Fact]
    public async Task Malformed_wrongly_typed_and_non_json_requests_get_problems_in_production()
    {
        await using var app = new SupervisionApp(_db.Path, demo: false, environment: "Production");
        app.CreateClient();
        var key = (await app.Services.GetRequiredService<AgencyKeys>().CreateAsync(IngestionApp.AgencyCode, "production"))!;
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key.Key);
        async Task<JsonObject> Problem(string body, string contentType, HttpStatusCode status)
        {
            var response = await client.PostAsync("/api/v1/inspections", new StringContent(body, System.Text.Encoding.UTF8, contentType));
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var text = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(" at ", text);
            return JsonNode.Parse(text)!.AsObject();
        }

        Assert.Equal("请求体不是有效的 JSON", (string)(await Problem("{\"id\": ", "application/json", HttpStatusCode.BadRequest))["title"]!);
        var wrongType = await Problem("{\"id\": \"P-1\", \"startedAt\": 5}", "application/json", HttpStatusCode.BadRequest);
        Assert.Equal("/startedAt", (string)wrongType["pointer"]!);
        Assert.NotNull(wrongType["errors"]!["startedAt"]);
        await Problem("id=P-1", "text/plain", HttpStatusCode.UnsupportedMediaType);
    }

    public void Dispose() => _db.Dispose();
}

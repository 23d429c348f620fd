using System.Text.Json.Nodes;
using Supervision.Tests.Features.Access;

namespace Supervision.Tests.Features.Ingestion;

/// <summary>
/// The OpenAPI document an integrator builds against (issue 19, items 2 and 6): the key's security scheme, every answer
/// each operation can give with its problem schema, the fields' bounds, and no internal routes.
/// </summary>
public class ApiDocumentTests(SignedInApp fixture) : IClassFixture<SignedInApp>
{
    private async Task<JsonObject> DocumentAsync() =>
        JsonNode.Parse(await fixture.Clients[Supervision.Web.Features.Access.Roles.Admin].GetStringAsync("/openapi/v1.json"))!.AsObject();

    [Fact]
    public async Task The_document_declares_the_key_scheme_on_every_operation_and_only_the_api()
    {
        var document = await DocumentAsync();
        var scheme = document["components"]!["securitySchemes"]!["AgencyApiKey"]!;
        Assert.Equal(("apiKey", "X-Api-Key", "header"), ((string)scheme["type"]!, (string)scheme["name"]!, (string)scheme["in"]!));
        var paths = document["paths"]!.AsObject();
        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p.Key));
        Assert.Equal(7, paths.Count);
        foreach (var (_, path) in paths)
            Assert.Equal("AgencyApiKey", path!["post"]!["security"]![0]!.AsObject().Single().Key);
    }

    [Theory]
    [InlineData("/api/v1/cases", "200,201,400,401,403,409,413,415,429,503")]
    [InlineData("/api/v1/inspections", "200,201,400,401,403,409,413,415,429,503")]
    [InlineData("/api/v1/batch", "200,400,401,413,415,429,503")]
    public async Task Every_answer_an_operation_can_give_is_stated_with_its_problem_schema(string path, string codes)
    {
        var responses = (await DocumentAsync())["paths"]![path]!["post"]!["responses"]!.AsObject();
        Assert.Equal(codes.Split(','), responses.Select(r => r.Key).Order());
        foreach (var (code, response) in responses.Where(r => r.Key[0] is '4' or '5'))
            Assert.True(response!["content"]?["application/problem+json"] is not null, $"{path} {code} has a problem body");
    }

    [Fact]
    public async Task The_fields_bounds_are_stated()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!;
        Assert.Equal(64, (int)schemas["CaseIn"]!["properties"]!["number"]!["maxLength"]!);
        Assert.Equal(200, (int)schemas["InspectionIn"]!["properties"]!["place"]!["maxLength"]!);
        Assert.Equal(20, (int)schemas["InspectionIn"]!["properties"]!["officers"]!["maxItems"]!);
        Assert.Equal(1_000_000_000_000, (long)schemas["DecisionIn"]!["properties"]!["fine"]!["maximum"]!);
        Assert.Equal(5, (int)schemas["EvaluationIn"]!["properties"]!["score"]!["maximum"]!);
    }
}

using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Access;

namespace Supervision.Tests.Features.Language;

public class LanguageTests : IDisposable
{
    private readonly TempDatabase _db = new();

    private static async Task<HttpResponseMessage> SwitchAsync(HttpClient client, string language)
    {
        var token = SupervisionApp.AntiforgeryToken(await client.GetStringAsync("/"));
        return await client.PostAsync("/account/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["language"] = language, ["returnUrl"] = "/",
        }));
    }

    [Fact]
    public async Task Screens_are_Chinese_until_a_person_chooses_English_and_the_choice_follows_them_to_the_next_sign_in()
    {
        await using var app = new SupervisionApp(_db.Path);
        var client = await app.SignInAsync("operator");
        var chinese = WebUtility.HtmlDecode(await client.GetStringAsync("/"));
        Assert.Contains("执法总览", chinese);
        Assert.Contains("在办案件", chinese);
        Assert.DoesNotContain("Open cases", chinese);

        var switched = await SwitchAsync(client, "en");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var english = WebUtility.HtmlDecode(await client.GetStringAsync("/"));
        Assert.Contains("Enforcement overview", english);
        Assert.Contains("Open cases", english);
        Assert.Contains("中文", english); // the way back

        // Another desk, another sign-in: still English. Someone else: still Chinese.
        Assert.Contains("Open cases", WebUtility.HtmlDecode(await (await app.SignInAsync("operator")).GetStringAsync("/")));
        Assert.Contains("在办案件", WebUtility.HtmlDecode(await (await app.SignInAsync("supervisor")).GetStringAsync("/")));
        using (var scope = app.Services.CreateScope())
            Assert.Equal("en", (await scope.ServiceProvider.GetRequiredService<UserManager<SupervisionUser>>().FindByNameAsync("operator"))!.Language);

        await SwitchAsync(client, "zh-CN");
        Assert.Contains("在办案件", WebUtility.HtmlDecode(await client.GetStringAsync("/")));
    }

    [Fact]
    public async Task An_unknown_language_is_refused_and_an_anonymous_switch_goes_to_sign_in()
    {
        await using var app = new SupervisionApp(_db.Path);
        var client = await app.SignInAsync("analyst");
        Assert.Equal(HttpStatusCode.BadRequest, (await SwitchAsync(client, "fr")).StatusCode);
        Assert.Contains("执法总览", WebUtility.HtmlDecode(await client.GetStringAsync("/")));
        var anonymous = await app.Anonymous().PostAsync("/account/language", new FormUrlEncodedContent(new Dictionary<string, string> { ["language"] = "en" }));
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect == anonymous.StatusCode ? "/" : "", anonymous.Headers.Location?.OriginalString);
    }

    public void Dispose() => _db.Dispose();
}

using System.Net;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Access;

namespace Supervision.Tests.Features.Access;

/// <summary>
/// Return addresses with non-ASCII or control characters never cause a 500, the language switch needs the antiforgery
/// token, and HTTPS responses carry HSTS (issue 19, items 15 and 17).
/// </summary>
public class ReturnUrlTests(SignedInApp fixture) : IClassFixture<SignedInApp>
{
    [Theory]
    [InlineData("/cases?q=%E4%B8%AD%E6%96%87", "/cases?q=%E4%B8%AD%E6%96%87")]      // already encoded: kept
    [InlineData("/cases?q=中文", "/cases?q=%E4%B8%AD%E6%96%87")]                      // raw Chinese: encoded
    [InlineData("/cases\r\nSet-Cookie: x=1", "/")]                                  // a header injection: refused
    [InlineData("/\u0007", "/")]
    [InlineData("//evil.example/", "/")]
    public void A_return_address_is_made_safe_for_a_location_header(string url, string safe) => Assert.Equal(safe, LocalUrl.Safe(url));

    [Theory]
    [InlineData("%2Fcases%3Fq%3D%E4%B8%AD%E6%96%87", "/cases?q=%E4%B8%AD%E6%96%87")]
    [InlineData("%2Fcases%0D%0AX-Injected%3A%201", "/")]
    [InlineData("%2F%01", "/")]
    public async Task Signing_in_with_an_odd_return_address_redirects_and_never_fails(string returnUrl, string location)
    {
        var client = fixture.App.Anonymous();
        var path = "/account/login?ReturnUrl=" + returnUrl;
        var token = SupervisionApp.AntiforgeryToken(await client.GetStringAsync(path));
        var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "login", ["Input.UserName"] = "analyst", ["Input.Password"] = AccountSetup.DemoPassword,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var to = response.Headers.Location!;
        Assert.Equal(location, to.IsAbsoluteUri ? to.PathAndQuery : to.OriginalString);
    }

    [Fact]
    public async Task The_language_switch_needs_the_token_and_survives_an_odd_return_address()
    {
        var client = await fixture.App.SignInAsync("analyst");
        var forged = await client.PostAsync("/account/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["language"] = "en", ["returnUrl"] = "/",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("统计报表", WebUtility.HtmlDecode(await client.GetStringAsync("/statistics")));

        var token = SupervisionApp.AntiforgeryToken(await client.GetStringAsync("/statistics"));
        var switched = await client.PostAsync("/account/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["language"] = "zh-CN", ["returnUrl"] = "/cases?q=中文\u0001",
        }));
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/", switched.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Https_responses_carry_hsts_outside_development()
    {
        var https = fixture.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://supervision.example"), AllowAutoRedirect = false,
        });
        var response = await https.GetAsync("/account/login");
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False((await fixture.App.Anonymous().GetAsync("/account/login")).Headers.Contains("Strict-Transport-Security"));
    }
}

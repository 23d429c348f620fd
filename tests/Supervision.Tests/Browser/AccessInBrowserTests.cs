using Microsoft.Playwright;

namespace Supervision.Tests.Browser;

public class AccessInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>Every link a role is offered on its first screen (menu, tiles, rows), fetched with that role's own session.</summary>
    [BrowserFact]
    public async Task No_role_is_offered_a_menu_item_tile_or_link_that_answers_no_access()
    {
        var failures = new List<string>();
        foreach (var account in Supervision.Web.Features.Access.AccountSetup.DemoAccounts)
        {
            var landing = account.Role == Supervision.Web.Features.Access.Roles.WallScreen ? "/wall" : "/";
            var (page, _) = await browser.SignInAsync(account.UserName, landing: landing, width: 1920, height: 1080);
            if (landing == "/") await page.Locator("[data-testid=tile-inspections]").WaitForAsync();
            var links = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('a[href]')].map(a => new URL(a.href, location.href)).filter(u => u.origin === location.origin)" +
                ".map(u => u.pathname + u.search)");
            var menu = await page.Locator(".mud-navmenu a[href]").CountAsync();
            Assert.True(account.Role == Supervision.Web.Features.Access.Roles.WallScreen || menu >= 5, $"{account.UserName}: only {menu} menu items");
            foreach (var link in links.Distinct().Where(l => l != "/account/logout"))
            {
                var response = await page.APIRequest.GetAsync(browser.BaseUrl + link, new() { MaxRedirects = 0 });
                if (response.Status != 200) failures.Add($"{account.UserName} {link}: {response.Status} {response.Headers.GetValueOrDefault("location")}");
            }
            await page.Context.CloseAsync();
        }
        Assert.True(failures.Count == 0, string.Join("; ", failures));
    }

    /// <summary>
    /// Each role's screens as that role sees them: every page of its menu opens in the browser (not only answers 200),
    /// shows its title and no "no access", with no console error; one screenshot per page (role-&lt;account&gt;-&lt;page&gt;.png).
    /// That every link of each role's first screen answers 200 is the test above.
    /// </summary>
    [BrowserFact]
    public async Task Each_role_opens_every_page_of_its_menu_and_its_screens_are_photographed()
    {
        var failures = new List<string>();
        var seen = new HashSet<string>();
        foreach (var account in Supervision.Web.Features.Access.AccountSetup.DemoAccounts.Where(a => a.Role != Supervision.Web.Features.Access.Roles.WallScreen))
        {
            // A page the same for every role is opened once (the admin's menu has them all); an agency's liaison sees
            // every page scoped to its agency, and each role its own overview.
            var scoped = account.Role == Supervision.Web.Features.Access.Roles.AgencyLiaison;
            var (page, errors) = await browser.SignInAsync(account.UserName, width: 1920, height: 1080);
            var menu = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('.mud-navmenu a[href]')].filter(a => a.target !== '_blank').map(a => new URL(a.href).pathname)");
            foreach (var path in menu.Distinct().Where(p => scoped || p == "/" || seen.Add(p)))
            {
                await page.GotoAsync(browser.BaseUrl + path);
                // The account pages are plain forms (no live circuit).
                if (!path.StartsWith("/account/", StringComparison.Ordinal)) await BrowserFixture.WaitInteractiveAsync(page);
                var title = page.Locator(":is(.mud-main-content, .account-card) :is(h1, h4, h5)").First;
                await Assertions.Expect(title).ToBeVisibleAsync();
                var text = await page.Locator(":is(.mud-main-content, .account-card)").InnerTextAsync();
                if (text.Contains("无权访问", StringComparison.Ordinal)) failures.Add($"{account.UserName} {path}: no access");
                // A map is photographed once drawn, not as an empty frame.
                if (await page.GetByTestId("city-map").CountAsync() > 0)
                    await Assertions.Expect(page.Locator("[data-testid=city-map] .leaflet-districts-pane path").First).ToBeAttachedAsync(new() { Timeout = 30_000 });
                var name = path == "/" ? "overview" : path.Trim('/').Replace('/', '-');
                await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, $"role-{account.UserName}-{name}.png") });
            }
            failures.AddRange(errors.Select(e => $"{account.UserName}: console {e}"));
            await page.Context.CloseAsync();
        }
        Assert.True(failures.Count == 0, string.Join("; ", failures));
    }

    [BrowserFact]
    public async Task Signing_in_leads_to_a_live_overview_that_the_security_policy_does_not_break()
    {
        var (page, errors) = await browser.SignInAsync("operator");
        await page.GetByText("执法总览").First.WaitForAsync();
        await page.Locator("[data-testid=tile-inspections]").WaitForAsync();
        // The circuit is up: the drawer toggle is handled on the server and closes the navigation drawer.
        var drawer = page.Locator(".mud-drawer");
        await page.Locator("button[aria-label=菜单]").ClickAsync();
        await Assertions.Expect(drawer).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-drawer--closed"));
        await Assertions.Expect(page.GetByTestId("current-user")).ToContainTextAsync("值班员");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "overview-operator.png") });
        Assert.True(errors.Count == 0, "Browser console errors: " + string.Join(" | ", errors));
    }

    [BrowserFact]
    public async Task An_admin_creates_a_wall_screen_device_and_finds_it_in_the_audit_log()
    {
        var (page, errors) = await browser.SignInAsync("admin");
        await page.GotoAsync(browser.BaseUrl + "/admin/devices");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.GetByLabel("终端账户名").FillAsync("wall-east");
        await page.GetByLabel("名称与位置").FillAsync("指挥大厅东侧大屏");
        await page.GetByRole(AriaRole.Button, new() { Name = "新建" }).ClickAsync();
        var secret = page.GetByTestId("device-secret");
        await secret.WaitForAsync();
        Assert.Equal(16, (await secret.InnerTextAsync()).Trim().Length);
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("指挥大厅东侧大屏");

        await page.GotoAsync(browser.BaseUrl + "/admin/audit");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("新建大屏终端");
        // Who and from where: the admin's sign-in is there with the browser's address.
        await Assertions.Expect(page.Locator("tr", new() { HasText = "登录" }).Filter(new() { HasText = "admin" }).First).ToContainTextAsync("127.0.0.1");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "audit-admin.png") });
        Assert.True(errors.Count == 0, "Browser console errors: " + string.Join(" | ", errors));
    }

    [BrowserFact]
    public async Task An_admin_issues_an_api_key_that_works_once_and_revokes_it()
    {
        var (page, errors) = await browser.SignInAsync("admin");
        await page.GotoAsync(browser.BaseUrl + "/admin/api-keys");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.GetByLabel("执法单位").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "历下区市场监督管理局", Exact = true }).ClickAsync();
        // The choice has reached the circuit before the key is asked for (under load a click can land while the list closes).
        await Assertions.Expect(page.Locator(".mud-select", new() { Has = page.GetByLabel("执法单位") }).First).ToContainTextAsync("历下区市场监督管理局");
        await page.GetByLabel("用途说明").FillAsync("浏览器测试");
        await page.GetByRole(AriaRole.Button, new() { Name = "新建密钥" }).ClickAsync();
        var key = (await page.GetByTestId("api-key").InnerTextAsync()).Trim();
        using var api = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        api.DefaultRequestHeaders.Add(Supervision.Web.Features.Ingestion.ApiKeyAuthentication.Header, key);
        // A known key gets its record judged (400: empty record), not refused (401).
        Assert.Equal(System.Net.HttpStatusCode.BadRequest,
            (await api.PostAsync("/api/v1/inspections", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);

        await page.Locator("tr", new() { HasText = "浏览器测试" }).GetByRole(AriaRole.Button, new() { Name = "吊销" }).ClickAsync();
        await Assertions.Expect(page.Locator("tr", new() { HasText = "浏览器测试" })).ToContainTextAsync("已吊销");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized,
            (await api.PostAsync("/api/v1/inspections", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        Assert.True(errors.Count == 0, "Browser console errors: " + string.Join(" | ", errors));
    }

    [BrowserFact]
    public async Task The_job_dashboard_opens_for_an_admin_without_script_errors()
    {
        var (page, errors) = await browser.SignInAsync("admin");
        var response = await page.GotoAsync(browser.BaseUrl + "/jobs");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("后台任务");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "jobs-admin.png") });
        Assert.True(errors.Count == 0, "Browser console errors: " + string.Join(" | ", errors));
    }

    [BrowserFact]
    public async Task The_api_reference_renders_from_the_apps_own_files()
    {
        var (page, errors) = await browser.SignInAsync("analyst");
        var external = new List<string>();
        page.Request += (_, r) => { if (!r.Url.StartsWith(browser.BaseUrl) && !r.Url.StartsWith("data:")) external.Add(r.Url); };
        await page.GotoAsync(browser.BaseUrl + "/api/reference");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("/api/v1/inspections", new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "api-reference.png") });
        Assert.True(external.Count == 0, "Requests outside the app: " + string.Join(", ", external));
        Assert.True(errors.Count == 0, "Browser console errors: " + string.Join(" | ", errors));
    }

    [BrowserFact]
    public async Task A_liaison_is_told_it_may_not_open_admin_pages()
    {
        var (page, _) = await browser.SignInAsync("liaison");
        var response = await page.GotoAsync(browser.BaseUrl + "/admin/users");
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("无权访问");
    }
}

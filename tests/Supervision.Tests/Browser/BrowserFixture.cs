using Microsoft.Playwright;
using Supervision.Tests.Hosting;

namespace Supervision.Tests.Browser;

/// <summary>
/// Tests in a real browser (Debian's Chromium driven by Playwright) against the app on a real Kestrel port.
/// They run everywhere unless SUPERVISION_SKIP_BROWSER_TESTS=1 says otherwise; a missing browser fails them.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("SUPERVISION_SKIP_BROWSER_TESTS") == "1")
            Skip = "Browser tests skipped because SUPERVISION_SKIP_BROWSER_TESTS=1.";
    }
}

public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private readonly TempDatabase _db = new();
    private IPlaywright? _playwright;

    public SupervisionApp App { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;
    public string BaseUrl { get; private set; } = "";

    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(TestPaths.Root, "tests", "artifacts")).FullName;

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("SUPERVISION_SKIP_BROWSER_TESTS") == "1") return;
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} not found: install it (apt-get install -y chromium fonts-noto-cjk), " +
                "or set SUPERVISION_SKIP_BROWSER_TESTS=1 to skip browser tests.");
        App = new SupervisionApp(_db.Path);
        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        // A web-first assertion polls until it holds; 5 s (Playwright's default) is too short for a loaded 2-core CI
        // machine running the suite's servers and Chromium at once, so it polls as long as an action may wait.
        Assertions.SetDefaultExpectTimeout(30_000);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context signed in through the real sign-in page; console errors are collected.</summary>
    public async Task<(IPage Page, List<string> Errors)> SignInAsync(string userName, string password = Supervision.Web.Features.Access.AccountSetup.DemoPassword,
        string landing = "/", int width = 1600, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(BaseUrl + "/");
        await page.WaitForURLAsync("**/account/login**");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(BaseUrl + landing);
        await WaitInteractiveAsync(page);
        return (page, errors);
    }

    /// <summary>Prerendered HTML shows at once; clicks do nothing until the circuit has taken over the page.</summary>
    public static Task WaitInteractiveAsync(IPage page) =>
        page.Locator("[data-circuit=live]").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (App is not null) await App.DisposeAsync();
        _db.Dispose();
    }
}

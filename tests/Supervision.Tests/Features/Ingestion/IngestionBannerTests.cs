using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor.Services;
using Supervision.Web.Features.Ingestion;

namespace Supervision.Tests.Features.Ingestion;

/// <summary>The operators' banner (issue 19, item 10): up when records are refused or a check fails, in the reader's language.</summary>
public class IngestionBannerTests
{
    [Theory]
    [InlineData("zh-CN", "数据接入受阻：近 10 分钟因数据库无法写入拒收 2 批记录", "系统自检未通过：数据库无法写入或数据库文件已被移动、数据磁盘剩余空间不足。")]
    [InlineData("en-US", "Ingestion blocked: 2 batches refused in the last 10 minutes",
        "Health check failing: the database cannot be written or its file has moved, the data disk is nearly full.")]
    public async Task The_banner_comes_up_live_in_the_readers_language_and_goes_when_all_is_well(string culture, string refusing, string failing)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            await using var context = new BunitContext();
            context.JSInterop.Mode = JSRuntimeMode.Loose;
            context.Services.AddMudServices();
            context.Services.AddLocalization();
            var status = new IngestionStatus(TimeProvider.System, NullLogger<IngestionStatus>.Instance);
            context.Services.AddSingleton(status);
            context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
            var banner = context.Render<IngestionBanner>();
            Assert.Empty(banner.FindAll("[data-testid=ingestion-banner]"));

            // Published from other threads, as the API's error handler and the health watch do.
            await Task.Run(() => { status.Refused(); status.Refused(); status.Checked(["database", "disk"]); });
            banner.WaitForAssertion(() =>
            {
                var text = banner.Find("[data-testid=ingestion-banner]").TextContent;
                Assert.Contains(refusing, text);
                Assert.Contains(failing, text);
            });

            await Task.Run(() => status.Checked([]));
            banner.WaitForAssertion(() => Assert.DoesNotContain(failing, banner.Markup));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}

using System.Net;
using Supervision.Tests.Hosting;

namespace Supervision.Tests.Features.Language;

/// <summary>Each converted area, once its reader has chosen English: English headings and labels, none of the Chinese ones.</summary>
public class EnglishScreensTests : IDisposable
{
    private readonly TempDatabase _db = new();

    private static async Task<HttpClient> EnglishAsync(SupervisionApp app, string user)
    {
        var client = await app.SignInAsync(user);
        var token = SupervisionApp.AntiforgeryToken(await client.GetStringAsync("/"));
        var switched = await client.PostAsync("/account/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["language"] = "en", ["returnUrl"] = "/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        return client;
    }

    private static async Task<string> PageAsync(HttpClient client, string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path));

    private static void Shows(string html, string[] english, string[] chinese)
    {
        foreach (var text in english) Assert.Contains(text, html);
        foreach (var text in chinese) Assert.DoesNotContain(text, html);
    }

    [Fact]
    public async Task Drill_down_pages_in_English_keep_zh_CN_dates_and_money()
    {
        await using var app = new SupervisionApp(_db.Path);
        var client = await EnglishAsync(app, "operator");

        Shows(await PageAsync(client, "/cases"), ["Penalty cases", "Enforcement matter", "Only overdue for decision"], ["处罚案件", "当前环节", "仅超期未决定"]);
        Shows(await PageAsync(client, "/agencies"), ["Agencies", "Name or code"], ["名称或代码", "单位名称"]);
        var agency = await PageAsync(client, "/agencies/370102-SCJG");
        Shows(agency, ["Latest inspections", "Latest cases", "Inspections", "Fines decided", "Period"],
            ["最新检查", "最新案件", "决定罚款", "统计期间", "执法人员"]);
        Assert.Matches(@"Period: \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}", agency);
        Shows(await PageAsync(client, "/enterprises"), ["Enterprises", "Name or unified social credit code"], ["企业名称或统一社会信用代码"]);
        Shows(await PageAsync(client, "/cases/999999"), ["No such case was found"], ["未找到该"]);
    }

    [Fact]
    public async Task Map_and_feed_health_in_English()
    {
        await using var app = new SupervisionApp(_db.Path);
        var client = await EnglishAsync(app, "operator");
        Shows(await PageAsync(client, "/map"), ["City map", "Activity", "Warnings", "Replay day", "End replay"], ["城市地图", "回放日期", "结束回放", "检查 "]);
        Shows(await PageAsync(client, "/"), ["Data feeds"], ["数据接入状态"]);
    }

    [Fact]
    public async Task Admin_pages_and_import_in_English()
    {
        await using var app = new SupervisionApp(_db.Path);
        var admin = await EnglishAsync(app, "admin");
        Shows(await PageAsync(admin, "/admin/users"), ["Users and roles", "New user", "User name", "Operator"], ["用户与角色", "新建用户", "所属执法单位"]);
        Shows(await PageAsync(admin, "/admin/devices"), ["Wall screens", "New wall screen", "Account name"], ["新建大屏终端", "终端账户名"]);
        Shows(await PageAsync(admin, "/admin/audit"), ["Audit log", "Search", "Address"], ["审计日志", "来源地址"]);
        Shows(await PageAsync(admin, "/admin/api-keys"), ["Data API keys", "New key"], ["新建密钥", "密钥前缀"]);
        Shows(await PageAsync(admin, "/account/password"), ["Change password", "Current password"], ["原密码", "确认新密码"]);
        Shows(await PageAsync(admin, "/status/404"), ["Page not found"], ["页面不存在"]);

        var liaison = await EnglishAsync(app, "liaison");
        Shows(await PageAsync(liaison, "/import"), ["Data import", "Excel template", "Choose a file"], ["下载 Excel 模板", "选择文件", "开始导入"]);
    }

    public void Dispose() => _db.Dispose();
}

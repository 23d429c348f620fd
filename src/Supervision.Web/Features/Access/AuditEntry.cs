namespace Supervision.Web.Features.Access;

/// <summary>One line of the append-only audit log: who did what, when, to what, from where.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public required string UserName { get; set; }
    /// <summary>A stable code from <see cref="AuditActions"/>.</summary>
    public required string Action { get; set; }
    public string? Target { get; set; }
    public string? Detail { get; set; }
    public string? RemoteAddress { get; set; }
}

public static class AuditActions
{
    public const string SignIn = "account.sign-in";
    public const string SignInFailed = "account.sign-in-failed";
    public const string LockedOut = "account.locked-out";
    public const string SignOut = "account.sign-out";
    public const string PasswordChanged = "account.password-changed";
    public const string UserCreated = "admin.user-created";
    public const string UserUpdated = "admin.user-updated";
    public const string PasswordReset = "admin.password-reset";
    public const string UserLocked = "admin.user-locked";
    public const string UserUnlocked = "admin.user-unlocked";
    public const string DeviceCreated = "admin.device-created";
    public const string DeviceRevoked = "admin.device-revoked";
    public const string ApiKeyCreated = "admin.api-key-created";
    public const string ApiKeyRevoked = "admin.api-key-revoked";
    public const string RecordsImported = "agency.records-imported";
    public const string ExportRequested = "exports.requested";
    public const string ExportDownloaded = "exports.downloaded";
    public const string ExportArchived = "exports.archived";

    public static string Chinese(string action) => action switch
    {
        SignIn => "登录",
        SignInFailed => "登录失败",
        LockedOut => "账户锁定",
        SignOut => "退出登录",
        PasswordChanged => "修改密码",
        UserCreated => "新建用户",
        UserUpdated => "修改用户",
        PasswordReset => "重置密码",
        UserLocked => "停用用户",
        UserUnlocked => "启用用户",
        DeviceCreated => "新建大屏终端",
        DeviceRevoked => "吊销大屏终端",
        ApiKeyCreated => "新建接入密钥",
        ApiKeyRevoked => "吊销接入密钥",
        RecordsImported => "导入执法记录",
        ExportRequested => "申请导出",
        ExportDownloaded => "下载导出文件",
        ExportArchived => "月度统计归档",
        _ => action,
    };
}

namespace Supervision.Web.Features.Access;

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
    public const string WarningsAcknowledged = "warnings.acknowledged";
    public const string WarningsDismissed = "warnings.dismissed";
    public const string WarningsSnoozed = "warnings.snoozed";
    public const string WarningsReopened = "warnings.reopened";
    public const string WarningSettingsChanged = "warnings.settings-changed";
    public const string EvaluationOpened = "evaluation.opened";
    public const string EvaluationAssigned = "evaluation.assigned";
    public const string EvaluationScored = "evaluation.scored";
    public const string EvaluationClosed = "evaluation.closed";
    public const string EvaluationExported = "evaluation.exported";
    // Supervision notices (docs/notices.md): every transition, and every attachment read.
    public const string NoticeCreated = "notices.created";
    public const string NoticeEdited = "notices.edited";
    public const string NoticeIssued = "notices.issued";
    public const string NoticeReplied = "notices.replied";
    public const string NoticeClosed = "notices.closed";
    public const string NoticeSentBack = "notices.sent-back";
    public const string NoticeEscalated = "notices.escalated";
    public const string NoticeAttachmentRead = "notices.attachment-downloaded";
    public const string ExportRequested = "exports.requested";
    public const string ExportDownloaded = "exports.downloaded";
    public const string ExportArchived = "exports.archived";
    // The holiday calendar (docs/warnings.md "The holiday calendar"): every change, with what changed.
    public const string CalendarYearAdded = "admin.calendar-year-added";
    public const string CalendarChanged = "admin.calendar-changed";
    public const string CalendarImported = "admin.calendar-imported";
    public const string CalendarYearRemoved = "admin.calendar-year-removed";

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
        WarningsAcknowledged => "签收预警",
        WarningsDismissed => "排除预警",
        WarningsSnoozed => "暂缓预警",
        WarningsReopened => "重新打开预警",
        WarningSettingsChanged => "修改预警规则设置",
        EvaluationOpened => "发起案卷评查",
        EvaluationAssigned => "分配评查案卷",
        EvaluationScored => "案卷评分",
        EvaluationClosed => "结束案卷评查",
        EvaluationExported => "导出案卷评查表",
        NoticeCreated => "起草监督文书",
        NoticeEdited => "修改监督文书草稿",
        NoticeIssued => "签发监督文书",
        NoticeReplied => "回复监督文书",
        NoticeClosed => "办结监督文书",
        NoticeSentBack => "退回监督文书回复",
        NoticeEscalated => "监督文书升级督办",
        NoticeAttachmentRead => "下载监督文书附件",
        ExportRequested => "申请导出",
        ExportDownloaded => "下载导出文件",
        ExportArchived => "月度统计归档",
        CalendarYearAdded => "新增节假日日历年度",
        CalendarChanged => "修改节假日日历",
        CalendarImported => "导入节假日日历",
        CalendarYearRemoved => "删除节假日日历年度",
        _ => action,
    };
}

using Supervision.Domain.Notices;
using Supervision.Web.Components.Shared;

namespace Supervision.Web.Features.Notices;

/// <summary>Names of notices' coded values in the reader's language.</summary>
public static class NoticeTerms
{
    public static string Of(NoticeKind kind) => UiText.Get($"Notices.Kind.{kind}");

    public static string Of(NoticeStatus status) => UiText.Get($"Notices.Status.{status}");

    public static string Of(NoticeSubjectKind kind) => UiText.Get($"Notices.Subject.{kind}");

    public static MudBlazor.Color ColorOf(NoticeStatus status) => status switch
    {
        NoticeStatus.Draft => MudBlazor.Color.Default,
        NoticeStatus.Issued => MudBlazor.Color.Info,
        NoticeStatus.Replied => MudBlazor.Color.Primary,
        NoticeStatus.SentBack => MudBlazor.Color.Warning,
        _ => MudBlazor.Color.Success,
    };

    public static string FileSize(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1024d / 1024d:0.#} MB" : $"{Math.Max(1, bytes / 1024)} KB";

    /// <summary>A notice's refusal in the reader's language (the domain's own message is Chinese).</summary>
    public static string Describe(NoticeActionException e) => e.Refusal switch
    {
        NoticeRefusal.WrongStatus when e.Status is { } status && e.Action is { } action =>
            UiText.Format("Notices.Error.WrongStatus", Of(status), UiText.Get($"Notices.Action.{action}")),
        NoticeRefusal.Required => UiText.Format("Notices.Error.Required", UiText.Get($"Notices.Required.{e.Field}")),
        NoticeRefusal.WrongStatus => e.Message,
        _ => UiText.Get($"Notices.Error.{e.Refusal}"),
    };
}

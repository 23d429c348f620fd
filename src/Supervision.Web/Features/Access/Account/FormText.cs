using Supervision.Web.Components.Shared;

namespace Supervision.Web.Features.Access.Account;

/// <summary>
/// The sign-in and password forms' validation messages in the reader's language: data annotations look a message up
/// as a static property (ErrorMessageResourceType/ErrorMessageResourceName), so each key has one here.
/// </summary>
public static class FormText
{
    public static string NeedUserName => UiText.Get("Login.NeedUserName");
    public static string UserNameTooLong => UiText.Get("Login.UserNameTooLong");
    public static string NeedPassword => UiText.Get("Login.NeedPassword");
    public static string NeedOldPassword => UiText.Get("Password.NeedOld");
    public static string NeedNewPassword => UiText.Get("Password.NeedNew");
    public static string PasswordMismatch => UiText.Get("Password.Mismatch");
}

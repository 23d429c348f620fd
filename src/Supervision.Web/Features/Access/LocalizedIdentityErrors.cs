using Microsoft.AspNetCore.Identity;
using Supervision.Web.Components.Shared;

namespace Supervision.Web.Features.Access;

/// <summary>
/// Identity's messages in the reader's language (UiText, Identity.*), as people see them on the sign-in, password and
/// admin pages; Chinese by default.
/// </summary>
public sealed class LocalizedIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError));
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch));
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), length);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit));
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower));
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper));
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric));
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), uniqueChars);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), userName);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), userName ?? "");
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), UiText.Get($"Role.{role}"));
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), UiText.Get($"Role.{role}"));
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled));
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure));

    private static IdentityError Error(string code, params object[] args) => new() { Code = code, Description = UiText.Format($"Identity.{code}", args) };
}

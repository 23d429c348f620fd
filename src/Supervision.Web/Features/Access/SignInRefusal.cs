namespace Supervision.Web.Features.Access;

/// <summary>Why <see cref="SignInThrottle"/> refuses a sign-in: too many failures for the account from this address, or from this address at all.</summary>
public enum SignInRefusal
{
    Account,
    Address,
}

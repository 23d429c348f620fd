using Microsoft.AspNetCore.Identity;
using Supervision.Domain.Validation;

namespace Supervision.Web.Features.Access;

/// <summary>ASP.NET Core Identity's result as the app's <see cref="Outcome{T}"/>: each error under its Identity code.</summary>
public static class IdentityOutcome
{
    public static Outcome<string?> Of(IdentityResult result) =>
        result.Succeeded ? Outcome<string?>.Done(null) : Outcome<string?>.Refused([.. result.Errors.Select(e => new FieldError(e.Code, e.Description))]);
}

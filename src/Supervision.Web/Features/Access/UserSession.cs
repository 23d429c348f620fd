namespace Supervision.Web.Features.Access;

/// <summary>
/// A signed-in session kept on the server (<see cref="SessionStore"/>): the cookie carries only its key, so signing
/// out, a password change or a lock ends it for good, not when the cookie happens to expire.
/// </summary>
public sealed class UserSession
{
    public required string Key { get; set; }
    public required string UserId { get; set; }
    public required byte[] Ticket { get; set; }
    public DateTime? ExpiresAt { get; set; }
}

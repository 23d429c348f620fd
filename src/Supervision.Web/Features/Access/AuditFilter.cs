namespace Supervision.Web.Features.Access;

public sealed record AuditFilter(string? UserName, string? Action, DateOnly? From, DateOnly? To);

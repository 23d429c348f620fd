namespace Supervision.Web.Features.Access;

public sealed record AuditRow(long Id, DateTime At, string UserName, string Action, string? Target, string? Detail, string? RemoteAddress);

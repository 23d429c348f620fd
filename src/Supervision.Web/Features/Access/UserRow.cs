namespace Supervision.Web.Features.Access;

public sealed record UserRow(string Id, string UserName, string DisplayName, string Role, int? AgencyId, string? AgencyName, bool IsDevice, bool IsLocked, DateTime CreatedAt);

using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Validation;
using Supervision.Web.Components.Shared;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Access;

public sealed record UserRow(string Id, string UserName, string DisplayName, string Role, int? AgencyId, string? AgencyName, bool IsDevice, bool IsLocked, DateTime CreatedAt);

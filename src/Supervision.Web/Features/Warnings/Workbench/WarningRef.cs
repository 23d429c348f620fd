using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Warnings;
using Supervision.Web.Components.Shared;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Domain.Validation;

namespace Supervision.Web.Features.Warnings.Workbench;

/// <summary>A warning as the person acting saw it: its id and, when known, the revision on their screen.</summary>
public sealed record WarningRef(int Id, int? Revision = null);

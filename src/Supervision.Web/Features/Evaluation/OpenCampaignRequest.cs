using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Supervision.Domain.Cases;
using Supervision.Domain.Evaluation;
using Supervision.Web.Components.Shared;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Domain.Validation;

namespace Supervision.Web.Features.Evaluation;

/// <summary>What a supervisor asks for when opening a campaign: exactly one of files per agency and percentage; the seed only to repeat an earlier draw.</summary>
public sealed record OpenCampaignRequest(string? Name, int Year, IReadOnlyList<int> AgencyIds, int? PerAgency, int? Percent, int? Seed = null);

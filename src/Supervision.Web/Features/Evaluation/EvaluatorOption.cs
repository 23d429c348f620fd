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

public sealed record EvaluatorOption(string UserName, string DisplayName);

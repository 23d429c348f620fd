using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Supervision.Domain.Calendar;
using Supervision.Domain.Notices;
using Supervision.Web.Components.Shared;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Warnings;
using Supervision.Domain.Validation;

namespace Supervision.Web.Features.Notices;

/// <summary>A file a liaison attaches to a reply, as uploaded.</summary>
public sealed record UploadedFile(string FileName, byte[] Content);

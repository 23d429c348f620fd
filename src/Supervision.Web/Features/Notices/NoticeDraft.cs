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

/// <summary>What a supervisor writes in a draft; the subjects (warnings, cases) are fixed when the draft is created.</summary>
public sealed record NoticeDraft(
    NoticeKind Kind,
    int? AgencyId,
    string Title,
    string Facts,
    string RequiredActions,
    DateOnly? ReplyDeadline,
    IReadOnlyList<int> WarningIds,
    IReadOnlyList<int> CaseIds);

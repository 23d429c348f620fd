using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Notices;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.DrillDown;

namespace Supervision.Web.Features.Notices;

public sealed record NoticeRow(int Id, int Revision, string? Number, NoticeKind Kind, NoticeStatus Status, string Title, string AgencyName,
    DateOnly ReplyDeadline, int DaysOverdue, DateTime CreatedAt, DateTime? IssuedAt, bool Escalated);

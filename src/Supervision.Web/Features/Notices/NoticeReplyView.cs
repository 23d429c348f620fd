using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Notices;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.DrillDown;

namespace Supervision.Web.Features.Notices;

public sealed record NoticeReplyView(int Id, DateTime At, string By, string Text, bool? Accepted, DateTime? ReviewedAt, string? ReviewedBy, string? ReviewNote,
    IReadOnlyList<NoticeAttachmentView> Attachments);

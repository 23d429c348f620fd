using Supervision.Domain.Notices;

namespace Supervision.Web.Features.Notices;

public sealed record NoticeSubjectView(NoticeSubjectKind Kind, int Id, string? Label, string? Href);

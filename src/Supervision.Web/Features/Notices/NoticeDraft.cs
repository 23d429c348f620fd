using Supervision.Domain.Notices;

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

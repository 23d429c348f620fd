using Supervision.Domain.Notices;

namespace Supervision.Web.Features.Warnings.Workbench;

/// <summary>A supervision notice drawn up on a warning: a second one is not drafted by accident.</summary>
public sealed record NoticeCover(int NoticeId, string? Number, NoticeStatus Status);

using Supervision.Domain.Notices;

namespace Supervision.Web.Features.Notices;

public sealed record NoticeFilter(NoticeKind? Kind = null, NoticeStatus? Status = null, int? AgencyId = null, bool OverdueOnly = false);

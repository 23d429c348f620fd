using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Notices;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Notices;

/// <summary>A notice's subjects follow the notice's scope.</summary>
/// <remarks>Made by the context with itself, whose agency scope the filter reads (<see cref="AgencyScopeFilter"/>).</remarks>
public sealed class NoticeSubjectConfiguration(SupervisionDbContext db) : IEntityTypeConfiguration<NoticeSubject>
{
    public void Configure(EntityTypeBuilder<NoticeSubject> e)
    {
        e.HasKey(x => new { x.NoticeId, x.Kind, x.RecordId });
        e.HasIndex(x => new { x.Kind, x.RecordId });
        e.HasAgencyScope(db, (ctx, x) => ctx.Notices.Any(n => n.Id == x.NoticeId));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Notices;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Notices;

/// <summary>A reply's attachments follow the reply's scope.</summary>
/// <remarks>Made by the context with itself, whose agency scope the filter reads (<see cref="AgencyScopeFilter"/>).</remarks>
public sealed class NoticeAttachmentConfiguration(SupervisionDbContext db) : IEntityTypeConfiguration<NoticeAttachment>
{
    public void Configure(EntityTypeBuilder<NoticeAttachment> e)
    {
        e.Property(x => x.FileName).HasMaxLength(200);
        e.Property(x => x.ContentType).HasMaxLength(100);
        e.HasAgencyScope(db, (ctx, x) => ctx.NoticeReplies.Any(r => r.Id == x.ReplyId));
    }
}

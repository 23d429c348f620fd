using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Notices;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Notices;

/// <summary>A notice's replies follow the notice's scope.</summary>
/// <remarks>Made by the context with itself, whose agency scope the filter reads (<see cref="AgencyScopeFilter"/>).</remarks>
public sealed class NoticeReplyConfiguration(SupervisionDbContext db) : IEntityTypeConfiguration<NoticeReply>
{
    public void Configure(EntityTypeBuilder<NoticeReply> e)
    {
        e.HasIndex(x => new { x.NoticeId, x.At });
        e.Property(x => x.Text).HasMaxLength(4000);
        e.Property(x => x.ReviewNote).HasMaxLength(2000);
        e.HasMany(x => x.Attachments).WithOne().HasForeignKey(x => x.ReplyId).OnDelete(DeleteBehavior.Cascade);
        e.HasAgencyScope(db, (ctx, x) => ctx.Notices.Any(n => n.Id == x.NoticeId));
    }
}

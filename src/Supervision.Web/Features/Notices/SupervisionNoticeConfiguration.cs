using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Agencies;
using Supervision.Domain.Notices;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Notices;

/// <summary>A liaison sees the notices addressed to its agency (and, once escalated, the parent agency sees them too); never a
/// draft: until it is issued a notice is the supervisors' working paper.</summary>
/// <remarks>Made by the context with itself, whose agency scope the filter reads (<see cref="AgencyScopeFilter"/>).</remarks>
public sealed class SupervisionNoticeConfiguration(SupervisionDbContext db) : IEntityTypeConfiguration<SupervisionNotice>
{
    public void Configure(EntityTypeBuilder<SupervisionNotice> e)
    {
        e.HasIndex(x => x.Number).IsUnique();
        e.HasIndex(x => new { x.Year, x.Sequence }).IsUnique();
        e.HasIndex(x => new { x.AgencyId, x.Status });
        e.HasIndex(x => new { x.Status, x.ReplyDeadline });
        e.HasIndex(x => x.IssuedAt);
        e.Property(x => x.Number).HasMaxLength(40);
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.Facts).HasMaxLength(4000);
        e.Property(x => x.RequiredActions).HasMaxLength(4000);
        e.Property(x => x.Revision).IsConcurrencyToken();
        e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Agency>().WithMany().HasForeignKey(x => x.EscalatedToAgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Subjects).WithOne().HasForeignKey(x => x.NoticeId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Replies).WithOne().HasForeignKey(x => x.NoticeId).OnDelete(DeleteBehavior.Cascade);
        e.HasAgencyScope(db, (ctx, x) => x.Status != NoticeStatus.Draft && (x.AgencyId == ctx.ScopedAgencyId || x.EscalatedToAgencyId == ctx.ScopedAgencyId));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Warnings;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Warnings;

/// <summary>A warning's history follows the warning's agency scope.</summary>
/// <remarks>Made by the context with itself, whose agency scope the filter reads (<see cref="AgencyScopeFilter"/>).</remarks>
public sealed class WarningChangeConfiguration(SupervisionDbContext db) : IEntityTypeConfiguration<WarningChange>
{
    public void Configure(EntityTypeBuilder<WarningChange> e)
    {
        e.HasIndex(x => new { x.WarningId, x.At });
        e.HasIndex(x => x.At);
        e.Property(x => x.Note).HasMaxLength(1000);
        e.HasOne(x => x.Warning).WithMany().HasForeignKey(x => x.WarningId).OnDelete(DeleteBehavior.Cascade);
        e.HasAgencyScope(db, (ctx, x) => ctx.Warnings.Any(w => w.Id == x.WarningId));
    }
}

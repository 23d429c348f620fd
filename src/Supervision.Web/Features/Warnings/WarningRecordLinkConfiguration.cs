using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Warnings;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Warnings;

/// <summary>A warning's links follow the warning's agency scope.</summary>
/// <remarks>Made by the context with itself, whose agency scope the filter reads (<see cref="AgencyScopeFilter"/>).</remarks>
public sealed class WarningRecordLinkConfiguration(SupervisionDbContext db) : IEntityTypeConfiguration<WarningRecordLink>
{
    public void Configure(EntityTypeBuilder<WarningRecordLink> e)
    {
        e.HasKey(x => new { x.WarningId, x.Kind, x.RecordId });
        e.HasIndex(x => new { x.Kind, x.RecordId });
        e.HasAgencyScope(db, (ctx, x) => ctx.Warnings.Any(w => w.Id == x.WarningId));
    }
}

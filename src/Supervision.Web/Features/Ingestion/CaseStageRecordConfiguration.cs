using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Cases;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Ingestion;

/// <summary>A case's stages follow the case's scope.</summary>
/// <remarks>Made by the context with itself, whose agency scope the filter reads (<see cref="AgencyScopeFilter"/>).</remarks>
public sealed class CaseStageRecordConfiguration(SupervisionDbContext db) : IEntityTypeConfiguration<CaseStageRecord>
{
    public void Configure(EntityTypeBuilder<CaseStageRecord> e)
    {
        e.HasIndex(x => new { x.CaseId, x.Stage }).IsUnique();
        e.HasIndex(x => new { x.Stage, x.OccurredAt });
        e.HasIndex(x => new { x.Stage, x.ReceivedAt });
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasAgencyScope(db, (ctx, x) => ctx.Cases.Any(c => c.Id == x.CaseId));
    }
}

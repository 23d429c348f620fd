using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Cases;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Ingestion;

/// <summary>A case's extensions follow the case's scope.</summary>
/// <remarks>Made by the context with itself, whose agency scope the filter reads (<see cref="AgencyScopeFilter"/>).</remarks>
public sealed class CaseExtensionConfiguration(SupervisionDbContext db) : IEntityTypeConfiguration<CaseExtension>
{
    public void Configure(EntityTypeBuilder<CaseExtension> e)
    {
        e.HasIndex(x => new { x.CaseId, x.ReceivedAt });
        e.Property(x => x.Approver).HasMaxLength(CaseLimitChecks.ApproverLength);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasAgencyScope(db, (ctx, x) => ctx.Cases.Any(c => c.Id == x.CaseId));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Cases;
using Supervision.Domain.Officers;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Ingestion;

/// <summary>A case's officers follow the case's scope.</summary>
/// <remarks>Made by the context with itself, whose agency scope the filter reads (<see cref="AgencyScopeFilter"/>).</remarks>
public sealed class CaseOfficerConfiguration(SupervisionDbContext db) : IEntityTypeConfiguration<CaseOfficer>
{
    public void Configure(EntityTypeBuilder<CaseOfficer> e)
    {
        e.HasKey(x => new { x.CaseId, x.OfficerId });
        e.HasIndex(x => x.OfficerId);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Officer>().WithMany().HasForeignKey(x => x.OfficerId).OnDelete(DeleteBehavior.Restrict);
        e.HasAgencyScope(db, (ctx, x) => ctx.Cases.Any(c => c.Id == x.CaseId));
    }
}

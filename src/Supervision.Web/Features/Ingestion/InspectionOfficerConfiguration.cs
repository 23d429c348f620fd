using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Inspections;
using Supervision.Domain.Officers;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Ingestion;

/// <summary>An inspection's officers follow the inspection's scope.</summary>
/// <remarks>Made by the context with itself, whose agency scope the filter reads (<see cref="AgencyScopeFilter"/>).</remarks>
public sealed class InspectionOfficerConfiguration(SupervisionDbContext db) : IEntityTypeConfiguration<InspectionOfficer>
{
    public void Configure(EntityTypeBuilder<InspectionOfficer> e)
    {
        e.HasKey(x => new { x.InspectionId, x.OfficerId });
        e.HasIndex(x => x.OfficerId);
        e.HasOne<Inspection>().WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Officer>().WithMany().HasForeignKey(x => x.OfficerId).OnDelete(DeleteBehavior.Restrict);
        e.HasAgencyScope(db, (ctx, x) => ctx.Inspections.Any(i => i.Id == x.InspectionId));
    }
}

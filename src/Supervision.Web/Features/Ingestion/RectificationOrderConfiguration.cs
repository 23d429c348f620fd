using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Agencies;
using Supervision.Domain.Cases;
using Supervision.Domain.Geography;
using Supervision.Domain.Inspections;
using Supervision.Domain.Parties;
using Supervision.Domain.Rectifications;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Ingestion;

/// <remarks>Made by the context with itself, whose agency scope the filter reads (<see cref="AgencyScopeFilter"/>).</remarks>
public sealed class RectificationOrderConfiguration(SupervisionDbContext db) : IEntityTypeConfiguration<RectificationOrder>
{
    public void Configure(EntityTypeBuilder<RectificationOrder> e)
    {
        e.HasIndex(x => new { x.AgencyId, x.ExternalId }).IsUnique();
        e.HasIndex(x => new { x.Deadline, x.ReviewedAt });
        e.HasIndex(x => x.PartyId);
        e.HasIndex(x => x.IssuedAt);
        // Late reporting reads what was received since a day, and the window rules what was received in it.
        e.HasIndex(x => x.ReceivedAt);
        e.Property(x => x.ExternalId).HasMaxLength(64);
        e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Party>().WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Inspection>().WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Region>().WithMany().HasForeignKey(x => x.StreetId).OnDelete(DeleteBehavior.Restrict);
        e.HasAgencyScope(db, x => x.AgencyId);
    }
}

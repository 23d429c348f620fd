using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Agencies;
using Supervision.Domain.Complaints;
using Supervision.Domain.Geography;
using Supervision.Domain.Officers;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Ingestion;

/// <remarks>Made by the context with itself, whose agency scope the filter reads (<see cref="AgencyScopeFilter"/>).</remarks>
public sealed class ComplaintConfiguration(SupervisionDbContext db) : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> e)
    {
        e.HasIndex(x => new { x.AgencyId, x.ExternalId }).IsUnique();
        e.HasIndex(x => new { x.Deadline, x.HandledAt });
        e.HasIndex(x => new { x.AgencyId, x.ReceivedAt });
        e.Property(x => x.ExternalId).HasMaxLength(64);
        e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Officer>().WithMany().HasForeignKey(x => x.OfficerId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Region>().WithMany().HasForeignKey(x => x.StreetId).OnDelete(DeleteBehavior.Restrict);
        e.HasAgencyScope(db, x => x.AgencyId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Agencies;
using Supervision.Domain.Geography;
using Supervision.Domain.Inspections;
using Supervision.Domain.Parties;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Ingestion;

/// <remarks>Made by the context with itself, whose agency scope the filter reads (<see cref="AgencyScopeFilter"/>).</remarks>
public sealed class InspectionConfiguration(SupervisionDbContext db) : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> e)
    {
        e.HasIndex(x => new { x.AgencyId, x.ExternalId }).IsUnique();
        e.HasIndex(x => x.StartedAt);
        e.HasIndex(x => new { x.PartyId, x.StartedAt });
        e.HasIndex(x => new { x.StreetId, x.StartedAt });
        e.HasIndex(x => new { x.AgencyId, x.StartedAt });
        e.HasIndex(x => x.ReceivedAt);
        e.Property(x => x.ExternalId).HasMaxLength(64);
        e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Party>().WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Region>().WithMany().HasForeignKey(x => x.StreetId).OnDelete(DeleteBehavior.Restrict);
        e.HasAgencyScope(db, x => x.AgencyId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Agencies;
using Supervision.Domain.Cases;
using Supervision.Domain.CompulsoryMeasures;
using Supervision.Domain.Geography;
using Supervision.Domain.Parties;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Ingestion;

/// <remarks>Made by the context with itself, whose agency scope the filter reads (<see cref="AgencyScopeFilter"/>).</remarks>
public sealed class CompulsoryMeasureConfiguration(SupervisionDbContext db) : IEntityTypeConfiguration<CompulsoryMeasure>
{
    public void Configure(EntityTypeBuilder<CompulsoryMeasure> e)
    {
        e.HasIndex(x => new { x.AgencyId, x.ExternalId }).IsUnique();
        e.HasIndex(x => x.StartedAt);
        // Late reporting and the night/holiday rule read what was received since a day (an execution reported late is judged).
        e.HasIndex(x => x.ReceivedAt);
        e.Property(x => x.ExternalId).HasMaxLength(64);
        e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Party>().WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Region>().WithMany().HasForeignKey(x => x.StreetId).OnDelete(DeleteBehavior.Restrict);
        e.HasAgencyScope(db, x => x.AgencyId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Agencies;
using Supervision.Domain.Officers;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Ingestion;

/// <remarks>Made by the context with itself, whose agency scope the filter reads (<see cref="AgencyScopeFilter"/>).</remarks>
public sealed class OfficerConfiguration(SupervisionDbContext db) : IEntityTypeConfiguration<Officer>
{
    public void Configure(EntityTypeBuilder<Officer> e)
    {
        e.HasIndex(x => x.CertificateNumber).IsUnique();
        e.HasIndex(x => x.AgencyId);
        e.Property(x => x.CertificateNumber).HasMaxLength(32);
        e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasAgencyScope(db, x => x.AgencyId);
    }
}

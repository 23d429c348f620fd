using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Agencies;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Ingestion;

/// <remarks>Made by the context with itself, whose agency scope the filter reads (<see cref="AgencyScopeFilter"/>).</remarks>
public sealed class RecordRevisionConfiguration(SupervisionDbContext db) : IEntityTypeConfiguration<RecordRevision>
{
    public void Configure(EntityTypeBuilder<RecordRevision> e)
    {
        e.HasIndex(x => new { x.Kind, x.RecordId, x.ReceivedAt });
        e.Property(x => x.Source).HasMaxLength(200);
        e.Property(x => x.Reason).HasMaxLength(500);
        // A resend may change every field at once; the JSON is bounded by the fields' own limits, not by the default 400.
        e.Property(x => x.Changes).HasMaxLength(20_000);
        e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasAgencyScope(db, x => x.AgencyId);
    }
}

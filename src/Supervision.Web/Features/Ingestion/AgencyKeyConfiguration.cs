using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Agencies;

namespace Supervision.Web.Features.Ingestion;

public sealed class AgencyKeyConfiguration : IEntityTypeConfiguration<AgencyKey>
{
    public void Configure(EntityTypeBuilder<AgencyKey> e)
    {
        e.HasIndex(x => x.Prefix);
        e.Property(x => x.Prefix).HasMaxLength(16);
        e.Property(x => x.Hash).HasMaxLength(64);
        e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

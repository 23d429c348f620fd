using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Agencies;

namespace Supervision.Web.Features.Access;

public sealed class SupervisionUserConfiguration : IEntityTypeConfiguration<SupervisionUser>
{
    public void Configure(EntityTypeBuilder<SupervisionUser> e)
    {
        e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.Language).HasMaxLength(10);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Matters;

namespace Supervision.Web.Features.Seeding;

public sealed class FourListItemConfiguration : IEntityTypeConfiguration<FourListItem>
{
    public void Configure(EntityTypeBuilder<FourListItem> e)
    {
        e.HasIndex(x => x.Code).IsUnique();
        e.HasIndex(x => x.MatterId);
        e.HasOne<Matter>().WithMany().HasForeignKey(x => x.MatterId).OnDelete(DeleteBehavior.Cascade);
    }
}

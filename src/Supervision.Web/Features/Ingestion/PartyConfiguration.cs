using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Geography;
using Supervision.Domain.Parties;

namespace Supervision.Web.Features.Ingestion;

/// <summary>A party is shared by every agency that deals with it, so it has no agency scope.</summary>
public sealed class PartyConfiguration : IEntityTypeConfiguration<Party>
{
    public void Configure(EntityTypeBuilder<Party> e)
    {
        e.HasIndex(x => x.CreditCode).IsUnique();
        e.HasIndex(x => x.IdNumber).IsUnique();
        e.HasIndex(x => x.StreetId);
        e.Property(x => x.CreditCode).HasMaxLength(18).IsFixedLength();
        e.Property(x => x.IdNumber).HasMaxLength(18).IsFixedLength();
        e.HasOne<Region>().WithMany().HasForeignKey(x => x.StreetId).OnDelete(DeleteBehavior.Restrict);
    }
}

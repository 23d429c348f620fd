using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Agencies;
using Supervision.Domain.Parties;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// An enterprise's dated credit grades. Not agency-scoped: a grade is about the enterprise, which every agency deals
/// with (like <see cref="Party"/>), whichever agency reported it.
/// </summary>
public sealed class CreditGradeRecordConfiguration : IEntityTypeConfiguration<CreditGradeRecord>
{
    public void Configure(EntityTypeBuilder<CreditGradeRecord> e)
    {
        e.ToTable("CreditGrades");
        e.HasIndex(x => new { x.AgencyId, x.ExternalId }).IsUnique();
        e.HasIndex(x => new { x.PartyId, x.EffectiveOn });
        e.Property(x => x.ExternalId).HasMaxLength(64);
        e.Property(x => x.Source).HasMaxLength(CreditGradeRecord.SourceMaxLength);
        e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Party>().WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Cascade);
    }
}

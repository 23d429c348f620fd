using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Agencies;
using Supervision.Domain.Geography;
using Supervision.Domain.Warnings;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Warnings;

/// <remarks>Made by the context with itself, whose agency scope the filter reads (<see cref="AgencyScopeFilter"/>).</remarks>
public sealed class WarningConfiguration(SupervisionDbContext db) : IEntityTypeConfiguration<Warning>
{
    public void Configure(EntityTypeBuilder<Warning> e)
    {
        e.HasIndex(x => x.SubjectKey).IsUnique();
        e.HasIndex(x => new { x.RuleCode, x.Status });
        e.HasIndex(x => new { x.Status, x.Level });
        e.HasIndex(x => new { x.AgencyId, x.Status });
        e.HasIndex(x => x.UpdatedAt);
        e.Property(x => x.RuleCode).HasMaxLength(40);
        e.Property(x => x.SubjectKey).HasMaxLength(120);
        e.Property(x => x.Detail).HasMaxLength(1000);
        e.Property(x => x.HandlingNote).HasMaxLength(1000);
        e.Property(x => x.Revision).IsConcurrencyToken();
        e.Ignore(x => x.IsActive);
        e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Region>().WithMany().HasForeignKey(x => x.StreetId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Links).WithOne().HasForeignKey(x => x.WarningId).OnDelete(DeleteBehavior.Cascade);
        e.HasAgencyScope(db, x => x.AgencyId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Agencies;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Exports;

/// <summary>Export jobs, newest first per requester; the archive by month. A liaison's context sees only exports confined to its
/// agency.</summary>
/// <remarks>Made by the context with itself, whose agency scope the filter reads (<see cref="AgencyScopeFilter"/>).</remarks>
public sealed class ExportJobConfiguration(SupervisionDbContext db) : IEntityTypeConfiguration<ExportJob>
{
    public void Configure(EntityTypeBuilder<ExportJob> e)
    {
        e.HasIndex(x => new { x.RequestedById, x.Id });
        e.HasIndex(x => new { x.Archived, x.Kind, x.PeriodLabel });
        e.Property(x => x.Parameters).HasMaxLength(1000);
        e.Property(x => x.PeriodLabel).HasMaxLength(20);
        e.Property(x => x.FileName).HasMaxLength(200);
        e.Property(x => x.StoredName).HasMaxLength(200);
        e.Property(x => x.Error).HasMaxLength(1000);
        e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyScope).OnDelete(DeleteBehavior.Restrict);
        e.HasAgencyScope(db, x => x.AgencyScope);
    }
}

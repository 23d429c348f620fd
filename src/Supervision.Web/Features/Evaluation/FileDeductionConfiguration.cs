using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Evaluation;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Evaluation;

/// <summary>A file's deductions follow the file's scope.</summary>
/// <remarks>Made by the context with itself, whose agency scope the filter reads (<see cref="AgencyScopeFilter"/>).</remarks>
public sealed class FileDeductionConfiguration(SupervisionDbContext db) : IEntityTypeConfiguration<FileDeduction>
{
    public void Configure(EntityTypeBuilder<FileDeduction> e)
    {
        e.HasIndex(x => x.ItemCode);
        e.Property(x => x.ItemCode).HasMaxLength(20);
        e.Property(x => x.Reason).HasMaxLength(1000);
        e.HasAgencyScope(db, (ctx, x) => ctx.CampaignFiles.Any(f => f.Id == x.FileId));
    }
}

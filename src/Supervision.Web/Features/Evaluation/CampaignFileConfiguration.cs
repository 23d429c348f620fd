using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Agencies;
using Supervision.Domain.Cases;
using Supervision.Domain.Evaluation;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Evaluation;

/// <summary>A sampled file belongs to its case's agency: a liaison sees only its own agency's files.</summary>
/// <remarks>Made by the context with itself, whose agency scope the filter reads (<see cref="AgencyScopeFilter"/>).</remarks>
public sealed class CampaignFileConfiguration(SupervisionDbContext db) : IEntityTypeConfiguration<CampaignFile>
{
    public void Configure(EntityTypeBuilder<CampaignFile> e)
    {
        e.HasIndex(x => new { x.CampaignId, x.CaseId }).IsUnique();
        e.HasIndex(x => new { x.CampaignId, x.AgencyId });
        e.HasIndex(x => new { x.Evaluator, x.Status });
        e.Property(x => x.Evaluator).HasMaxLength(256);
        e.Property(x => x.ScoredBy).HasMaxLength(256);
        e.HasOne<EvaluationCampaign>().WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Deductions).WithOne().HasForeignKey(x => x.FileId).OnDelete(DeleteBehavior.Cascade);
        e.HasAgencyScope(db, x => x.AgencyId);
    }
}

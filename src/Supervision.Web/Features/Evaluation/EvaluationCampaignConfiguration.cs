using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Evaluation;

namespace Supervision.Web.Features.Evaluation;

/// <summary>A campaign is the center's, so it has no agency scope; its files and deductions belong to the sampled case's agency.</summary>
public sealed class EvaluationCampaignConfiguration : IEntityTypeConfiguration<EvaluationCampaign>
{
    public void Configure(EntityTypeBuilder<EvaluationCampaign> e)
    {
        e.HasIndex(x => x.Year);
        e.Property(x => x.Name).HasMaxLength(100);
        e.HasMany(x => x.Agencies).WithOne().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Agencies;
using Supervision.Domain.Evaluation;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Evaluation;

/// <remarks>Made by the context with itself, whose agency scope the filter reads (<see cref="AgencyScopeFilter"/>).</remarks>
public sealed class CampaignAgencyConfiguration(SupervisionDbContext db) : IEntityTypeConfiguration<CampaignAgency>
{
    public void Configure(EntityTypeBuilder<CampaignAgency> e)
    {
        e.HasKey(x => new { x.CampaignId, x.AgencyId });
        e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasAgencyScope(db, x => x.AgencyId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Supervision.Domain.Agencies;
using Supervision.Domain.Cases;
using Supervision.Domain.Geography;
using Supervision.Domain.Matters;
using Supervision.Domain.Parties;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Ingestion;

/// <remarks>Made by the context with itself, whose agency scope the filter reads (<see cref="AgencyScopeFilter"/>).</remarks>
public sealed class CaseConfiguration(SupervisionDbContext db) : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> e)
    {
        e.HasIndex(x => new { x.AgencyId, x.ExternalId }).IsUnique();
        // Numbered by the issuing agency: two agencies may use the same number, one agency never twice.
        e.HasIndex(x => new { x.AgencyId, x.Number }).IsUnique();
        e.HasIndex(x => x.FiledAt);
        e.HasIndex(x => new { x.PartyId, x.MatterId, x.FiledAt });
        e.HasIndex(x => new { x.StreetId, x.MatterId, x.FiledAt });
        e.HasIndex(x => new { x.AgencyId, x.FiledAt });
        // The case list's usual question (one agency's cases at one stage, newest first) and its count, from the index alone.
        e.HasIndex(x => new { x.AgencyId, x.Stage, x.FiledAt });
        e.HasIndex(x => new { x.Stage, x.FiledAt });
        e.HasIndex(x => x.DecidedAt);
        e.HasIndex(x => x.ReceivedAt);
        e.Property(x => x.ExternalId).HasMaxLength(64);
        e.Property(x => x.Number).HasMaxLength(64);
        e.Property(x => x.ExtensionApprover).HasMaxLength(CaseLimitChecks.ApproverLength);
        e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Party>().WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Matter>().WithMany().HasForeignKey(x => x.MatterId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Region>().WithMany().HasForeignKey(x => x.StreetId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<FourListItem>().WithMany().HasForeignKey(x => x.FourListItemId).OnDelete(DeleteBehavior.Restrict);
        e.HasAgencyScope(db, x => x.AgencyId);
    }
}

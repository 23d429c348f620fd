using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Supervision.Web.Features.Access;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.HasIndex(x => x.At);
        e.HasIndex(x => new { x.UserName, x.At });
        e.HasIndex(x => new { x.Action, x.At });
        e.Property(x => x.Detail).HasMaxLength(2000);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Supervision.Web.Features.Warnings;

public sealed class RuleRunConfiguration : IEntityTypeConfiguration<RuleRun>
{
    public void Configure(EntityTypeBuilder<RuleRun> e)
    {
        e.HasKey(x => x.RuleCode);
        e.Property(x => x.RuleCode).HasMaxLength(40);
        e.Property(x => x.Error).HasMaxLength(2000);
    }
}

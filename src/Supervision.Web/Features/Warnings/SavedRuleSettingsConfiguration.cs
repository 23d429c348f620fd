using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Supervision.Web.Features.Warnings;

public sealed class SavedRuleSettingsConfiguration : IEntityTypeConfiguration<SavedRuleSettings>
{
    public void Configure(EntityTypeBuilder<SavedRuleSettings> e)
    {
        e.Property(x => x.Json).HasMaxLength(20000);
    }
}

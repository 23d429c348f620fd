using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Supervision.Web.Features.Calendar;

public sealed class MakeUpWorkdayConfiguration : IEntityTypeConfiguration<MakeUpWorkday>
{
    public void Configure(EntityTypeBuilder<MakeUpWorkday> e)
    {
        e.ToTable("MakeUpWorkdays");
        e.Property(x => x.For).HasMaxLength(CalendarDraft.MaxNameLength);
        // One date is worked for one holiday only, whichever year's notice lists it.
        e.HasIndex(x => x.Date).IsUnique();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Supervision.Web.Features.Calendar;

public sealed class HolidayPeriodConfiguration : IEntityTypeConfiguration<HolidayPeriod>
{
    public void Configure(EntityTypeBuilder<HolidayPeriod> e)
    {
        e.ToTable("HolidayPeriods");
        e.Property(x => x.Name).HasMaxLength(CalendarDraft.MaxNameLength);
        e.HasIndex(x => new { x.Year, x.From });
    }
}

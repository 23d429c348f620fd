using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Supervision.Web.Features.Calendar;

public sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> e)
    {
        e.ToTable("CalendarYears");
        e.HasKey(x => x.Year);
        e.Property(x => x.Year).ValueGeneratedNever();
        e.Property(x => x.Source).HasMaxLength(500);
        e.Property(x => x.UpdatedBy).HasMaxLength(256);
        e.HasMany(x => x.Holidays).WithOne().HasForeignKey(h => h.Year).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.MakeUpWorkdays).WithOne().HasForeignKey(m => m.Year).OnDelete(DeleteBehavior.Cascade);
    }
}

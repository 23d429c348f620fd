using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Supervision.Domain.Agencies;
using Supervision.Domain.Cases;
using Supervision.Domain.Complaints;
using Supervision.Domain.CompulsoryMeasures;
using Supervision.Domain.Geography;
using Supervision.Domain.Inspections;
using Supervision.Domain.Matters;
using Supervision.Domain.Officers;
using Supervision.Domain.Parties;
using Supervision.Domain.Rectifications;

namespace Supervision.Web.Data;

public sealed class SupervisionDbContext(DbContextOptions<SupervisionDbContext> options) : DbContext(options)
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Officer> Officers => Set<Officer>();
    public DbSet<Party> Parties => Set<Party>();
    public DbSet<Matter> Matters => Set<Matter>();
    public DbSet<DiscretionBenchmark> DiscretionBenchmarks => Set<DiscretionBenchmark>();
    public DbSet<FourListItem> FourListItems => Set<FourListItem>();
    public DbSet<Inspection> Inspections => Set<Inspection>();
    public DbSet<InspectionOfficer> InspectionOfficers => Set<InspectionOfficer>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseStageRecord> CaseStages => Set<CaseStageRecord>();
    public DbSet<CaseOfficer> CaseOfficers => Set<CaseOfficer>();
    public DbSet<RectificationOrder> RectificationOrders => Set<RectificationOrder>();
    public DbSet<CompulsoryMeasure> CompulsoryMeasures => Set<CompulsoryMeasure>();
    public DbSet<Complaint> Complaints => Set<Complaint>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Every instant is UTC in the database; reading it back must say so, or Shanghai conversions shift by 8 hours.
        builder.Properties<DateTime>().HaveConversion<UtcConverter>();
        builder.Properties<DateTime?>().HaveConversion<UtcConverter>();
        builder.Properties<string>().HaveMaxLength(400);
    }

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<Region>(e =>
        {
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(12);
            e.HasOne<Region>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<Agency>(e =>
        {
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(24);
            e.HasOne<Agency>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<Officer>(e =>
        {
            e.HasIndex(x => x.CertificateNumber).IsUnique();
            e.HasIndex(x => x.AgencyId);
            e.Property(x => x.CertificateNumber).HasMaxLength(32);
            e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<Party>(e =>
        {
            e.HasIndex(x => x.CreditCode).IsUnique();
            e.HasIndex(x => x.IdNumber).IsUnique();
            e.HasIndex(x => x.StreetId);
            e.Property(x => x.CreditCode).HasMaxLength(18).IsFixedLength();
            e.Property(x => x.IdNumber).HasMaxLength(18).IsFixedLength();
            e.HasOne<Region>().WithMany().HasForeignKey(x => x.StreetId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<Matter>(e =>
        {
            e.HasIndex(x => x.Code).IsUnique();
            e.HasOne<Agency>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<DiscretionBenchmark>(e =>
        {
            e.HasIndex(x => new { x.MatterId, x.Level }).IsUnique();
            e.HasOne<Matter>().WithMany().HasForeignKey(x => x.MatterId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<FourListItem>(e =>
        {
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => x.MatterId);
            e.HasOne<Matter>().WithMany().HasForeignKey(x => x.MatterId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<Inspection>(e =>
        {
            e.HasIndex(x => new { x.AgencyId, x.ExternalId }).IsUnique();
            e.HasIndex(x => x.StartedAt);
            e.HasIndex(x => new { x.PartyId, x.StartedAt });
            e.HasIndex(x => new { x.StreetId, x.StartedAt });
            e.HasIndex(x => new { x.AgencyId, x.StartedAt });
            e.HasIndex(x => x.ReceivedAt);
            e.Property(x => x.ExternalId).HasMaxLength(64);
            e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Party>().WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Region>().WithMany().HasForeignKey(x => x.StreetId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<InspectionOfficer>(e =>
        {
            e.HasKey(x => new { x.InspectionId, x.OfficerId });
            e.HasIndex(x => x.OfficerId);
            e.HasOne<Inspection>().WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Officer>().WithMany().HasForeignKey(x => x.OfficerId).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<Case>(e =>
        {
            e.HasIndex(x => new { x.AgencyId, x.ExternalId }).IsUnique();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.FiledAt);
            e.HasIndex(x => new { x.PartyId, x.MatterId, x.FiledAt });
            e.HasIndex(x => new { x.StreetId, x.MatterId, x.FiledAt });
            e.HasIndex(x => new { x.AgencyId, x.FiledAt });
            e.HasIndex(x => new { x.Stage, x.FiledAt });
            e.HasIndex(x => x.DecidedAt);
            e.HasIndex(x => x.ReceivedAt);
            e.Property(x => x.ExternalId).HasMaxLength(64);
            e.Property(x => x.Number).HasMaxLength(64);
            e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Party>().WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Matter>().WithMany().HasForeignKey(x => x.MatterId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Region>().WithMany().HasForeignKey(x => x.StreetId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<FourListItem>().WithMany().HasForeignKey(x => x.FourListItemId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<CaseStageRecord>(e =>
        {
            e.HasIndex(x => new { x.CaseId, x.Stage }).IsUnique();
            e.HasIndex(x => new { x.Stage, x.OccurredAt });
            e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CaseOfficer>(e =>
        {
            e.HasKey(x => new { x.CaseId, x.OfficerId });
            e.HasIndex(x => x.OfficerId);
            e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Officer>().WithMany().HasForeignKey(x => x.OfficerId).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<RectificationOrder>(e =>
        {
            e.HasIndex(x => new { x.AgencyId, x.ExternalId }).IsUnique();
            e.HasIndex(x => new { x.Deadline, x.ReviewedAt });
            e.HasIndex(x => x.PartyId);
            e.HasIndex(x => x.IssuedAt);
            e.Property(x => x.ExternalId).HasMaxLength(64);
            e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Party>().WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Inspection>().WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Region>().WithMany().HasForeignKey(x => x.StreetId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<CompulsoryMeasure>(e =>
        {
            e.HasIndex(x => new { x.AgencyId, x.ExternalId }).IsUnique();
            e.HasIndex(x => x.StartedAt);
            e.Property(x => x.ExternalId).HasMaxLength(64);
            e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Party>().WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Region>().WithMany().HasForeignKey(x => x.StreetId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<Complaint>(e =>
        {
            e.HasIndex(x => new { x.AgencyId, x.ExternalId }).IsUnique();
            e.HasIndex(x => new { x.Deadline, x.HandledAt });
            e.HasIndex(x => new { x.AgencyId, x.ReceivedAt });
            e.Property(x => x.ExternalId).HasMaxLength(64);
            e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Officer>().WithMany().HasForeignKey(x => x.OfficerId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Region>().WithMany().HasForeignKey(x => x.StreetId).OnDelete(DeleteBehavior.Restrict);
        });
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

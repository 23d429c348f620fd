using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Supervision.Domain.Agencies;
using Supervision.Domain.Cases;
using Supervision.Domain.Complaints;
using Supervision.Domain.CompulsoryMeasures;
using Supervision.Domain.Evaluation;
using Supervision.Domain.Geography;
using Supervision.Domain.Inspections;
using Supervision.Domain.Matters;
using Supervision.Domain.Notices;
using Supervision.Domain.Officers;
using Supervision.Domain.Parties;
using Supervision.Domain.Rectifications;
using Supervision.Domain.Warnings;
using Supervision.Web.Features.Access;

namespace Supervision.Web.Data;

public class SupervisionDbContext : IdentityDbContext<SupervisionUser>
{
    public SupervisionDbContext(DbContextOptions<SupervisionDbContext> options) : base(options)
    {
    }

    /// <summary>For <see cref="PostgresDbContext"/>: the same model under another context type, with its own migrations.</summary>
    protected SupervisionDbContext(DbContextOptions options) : base(options)
    {
    }

    /// <summary>
    /// When set, every agency-owned record set shows only this agency's rows (agency liaisons). Set by
    /// <see cref="UserDb"/>, the one place user-facing code gets a context from; background work leaves it null.
    /// </summary>
    public int? ScopedAgencyId { get; private set; }

    public SupervisionDbContext ScopeTo(int? agencyId)
    {
        ScopedAgencyId = agencyId;
        return this;
    }

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
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Features.Ingestion.AgencyKey> AgencyKeys => Set<Features.Ingestion.AgencyKey>();
    public DbSet<SupervisionNotice> Notices => Set<SupervisionNotice>();
    public DbSet<NoticeSubject> NoticeSubjects => Set<NoticeSubject>();
    public DbSet<NoticeReply> NoticeReplies => Set<NoticeReply>();
    public DbSet<NoticeAttachment> NoticeAttachments => Set<NoticeAttachment>();
    public DbSet<Warning> Warnings => Set<Warning>();
    public DbSet<WarningRecordLink> WarningLinks => Set<WarningRecordLink>();
    public DbSet<WarningChange> WarningChanges => Set<WarningChange>();
    public DbSet<Features.Warnings.RuleRun> WarningRuleRuns => Set<Features.Warnings.RuleRun>();
    public DbSet<Features.Warnings.SavedRuleSettings> WarningSettings => Set<Features.Warnings.SavedRuleSettings>();
    // Case-file evaluation (案卷评查): campaigns, their agencies, sampled files and deductions.
    public DbSet<EvaluationCampaign> EvaluationCampaigns => Set<EvaluationCampaign>();
    public DbSet<CampaignAgency> CampaignAgencies => Set<CampaignAgency>();
    public DbSet<CampaignFile> CampaignFiles => Set<CampaignFile>();
    public DbSet<FileDeduction> FileDeductions => Set<FileDeduction>();
    // Statistics and exports (issue 7): the export centre's jobs.
    public DbSet<Features.Exports.ExportJob> ExportJobs => Set<Features.Exports.ExportJob>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAuditLog();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        GuardAuditLog();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
    }

    private void GuardAuditLog()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The audit log is append-only: entries cannot be changed or deleted.");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Every instant is UTC in the database; reading it back must say so, or Shanghai conversions shift by 8 hours.
        builder.Properties<DateTime>().HaveConversion<UtcConverter>();
        builder.Properties<DateTime?>().HaveConversion<UtcConverter>();
        builder.Properties<string>().HaveMaxLength(400);
    }

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        b.Entity<SupervisionUser>(e =>
        {
            e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.Language).HasMaxLength(10);
        });
        b.Entity<AuditEntry>(e =>
        {
            e.HasIndex(x => x.At);
            e.HasIndex(x => new { x.UserName, x.At });
            e.HasIndex(x => new { x.Action, x.At });
            e.Property(x => x.Detail).HasMaxLength(2000);
        });

        b.Entity<Features.Ingestion.AgencyKey>(e =>
        {
            e.HasIndex(x => x.Prefix);
            e.Property(x => x.Prefix).HasMaxLength(16);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<Warning>(e =>
        {
            e.HasIndex(x => x.SubjectKey).IsUnique();
            e.HasIndex(x => new { x.RuleCode, x.Status });
            e.HasIndex(x => new { x.Status, x.Level });
            e.HasIndex(x => new { x.AgencyId, x.Status });
            e.HasIndex(x => x.UpdatedAt);
            e.Property(x => x.RuleCode).HasMaxLength(40);
            e.Property(x => x.SubjectKey).HasMaxLength(120);
            e.Property(x => x.Detail).HasMaxLength(1000);
            e.Property(x => x.HandlingNote).HasMaxLength(1000);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.Ignore(x => x.IsActive);
            e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Region>().WithMany().HasForeignKey(x => x.StreetId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Links).WithOne().HasForeignKey(x => x.WarningId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<WarningRecordLink>(e =>
        {
            e.HasKey(x => new { x.WarningId, x.Kind, x.RecordId });
            e.HasIndex(x => new { x.Kind, x.RecordId });
        });
        b.Entity<WarningChange>(e =>
        {
            e.HasIndex(x => new { x.WarningId, x.At });
            e.HasIndex(x => x.At);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.HasOne(x => x.Warning).WithMany().HasForeignKey(x => x.WarningId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<SupervisionNotice>(e =>
        {
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.Year, x.Sequence }).IsUnique();
            e.HasIndex(x => new { x.AgencyId, x.Status });
            e.HasIndex(x => new { x.Status, x.ReplyDeadline });
            e.HasIndex(x => x.IssuedAt);
            e.Property(x => x.Number).HasMaxLength(40);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Facts).HasMaxLength(4000);
            e.Property(x => x.RequiredActions).HasMaxLength(4000);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Agency>().WithMany().HasForeignKey(x => x.EscalatedToAgencyId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Subjects).WithOne().HasForeignKey(x => x.NoticeId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Replies).WithOne().HasForeignKey(x => x.NoticeId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<NoticeSubject>(e =>
        {
            e.HasKey(x => new { x.NoticeId, x.Kind, x.RecordId });
            e.HasIndex(x => new { x.Kind, x.RecordId });
        });
        b.Entity<NoticeReply>(e =>
        {
            e.HasIndex(x => new { x.NoticeId, x.At });
            e.Property(x => x.Text).HasMaxLength(4000);
            e.Property(x => x.ReviewNote).HasMaxLength(2000);
            e.HasMany(x => x.Attachments).WithOne().HasForeignKey(x => x.ReplyId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<NoticeAttachment>(e =>
        {
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(100);
        });
        b.Entity<Features.Warnings.RuleRun>(e =>
        {
            e.HasKey(x => x.RuleCode);
            e.Property(x => x.RuleCode).HasMaxLength(40);
            e.Property(x => x.Error).HasMaxLength(2000);
        });
        b.Entity<Features.Warnings.SavedRuleSettings>(e =>
        {
            e.Property(x => x.Json).HasMaxLength(20000);
        });

        // Statistics and exports (issue 7): export jobs, newest first per requester; the archive by month. A liaison's
        // context sees only exports confined to its agency.
        b.Entity<Features.Exports.ExportJob>(e =>
        {
            e.HasIndex(x => new { x.RequestedById, x.Id });
            e.HasIndex(x => new { x.Archived, x.Kind, x.PeriodLabel });
            e.Property(x => x.Parameters).HasMaxLength(1000);
            e.Property(x => x.PeriodLabel).HasMaxLength(20);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.StoredName).HasMaxLength(200);
            e.Property(x => x.Error).HasMaxLength(1000);
            e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyScope).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(x => ScopedAgencyId == null || x.AgencyScope == ScopedAgencyId);
        });

        // Agency scoping (see ScopedAgencyId): records carry their agency; child rows follow their parent.
        b.Entity<Officer>().HasQueryFilter(x => ScopedAgencyId == null || x.AgencyId == ScopedAgencyId);
        b.Entity<Inspection>().HasQueryFilter(x => ScopedAgencyId == null || x.AgencyId == ScopedAgencyId);
        b.Entity<Case>().HasQueryFilter(x => ScopedAgencyId == null || x.AgencyId == ScopedAgencyId);
        b.Entity<RectificationOrder>().HasQueryFilter(x => ScopedAgencyId == null || x.AgencyId == ScopedAgencyId);
        b.Entity<CompulsoryMeasure>().HasQueryFilter(x => ScopedAgencyId == null || x.AgencyId == ScopedAgencyId);
        b.Entity<Complaint>().HasQueryFilter(x => ScopedAgencyId == null || x.AgencyId == ScopedAgencyId);
        b.Entity<Warning>().HasQueryFilter(x => ScopedAgencyId == null || x.AgencyId == ScopedAgencyId);
        // A liaison sees the notices addressed to its agency (and, once escalated, the parent agency sees them too);
        // never a draft: until it is issued a notice is the supervisors' working paper.
        b.Entity<SupervisionNotice>().HasQueryFilter(x => ScopedAgencyId == null
            || (x.Status != NoticeStatus.Draft && (x.AgencyId == ScopedAgencyId || x.EscalatedToAgencyId == ScopedAgencyId)));
        b.Entity<NoticeSubject>().HasQueryFilter(x => ScopedAgencyId == null || Notices.Any(n => n.Id == x.NoticeId));
        b.Entity<NoticeReply>().HasQueryFilter(x => ScopedAgencyId == null || Notices.Any(n => n.Id == x.NoticeId));
        b.Entity<NoticeAttachment>().HasQueryFilter(x => ScopedAgencyId == null || NoticeReplies.Any(r => r.Id == x.ReplyId));
        b.Entity<WarningRecordLink>().HasQueryFilter(x => ScopedAgencyId == null || Warnings.Any(w => w.Id == x.WarningId));
        b.Entity<WarningChange>().HasQueryFilter(x => ScopedAgencyId == null || Warnings.Any(w => w.Id == x.WarningId));
        b.Entity<InspectionOfficer>().HasQueryFilter(x => ScopedAgencyId == null || Inspections.Any(i => i.Id == x.InspectionId));
        b.Entity<CaseStageRecord>().HasQueryFilter(x => ScopedAgencyId == null || Cases.Any(c => c.Id == x.CaseId));
        b.Entity<CaseOfficer>().HasQueryFilter(x => ScopedAgencyId == null || Cases.Any(c => c.Id == x.CaseId));

        // Case-file evaluation (案卷评查). A campaign is the center's; its files and deductions belong to the sampled
        // case's agency, so a liaison sees only its own agency's files (and their deductions).
        b.Entity<EvaluationCampaign>(e =>
        {
            e.HasIndex(x => x.Year);
            e.Property(x => x.Name).HasMaxLength(100);
            e.HasMany(x => x.Agencies).WithOne().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CampaignAgency>(e =>
        {
            e.HasKey(x => new { x.CampaignId, x.AgencyId });
            e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<CampaignFile>(e =>
        {
            e.HasIndex(x => new { x.CampaignId, x.CaseId }).IsUnique();
            e.HasIndex(x => new { x.CampaignId, x.AgencyId });
            e.HasIndex(x => new { x.Evaluator, x.Status });
            e.Property(x => x.Evaluator).HasMaxLength(256);
            e.Property(x => x.ScoredBy).HasMaxLength(256);
            e.HasOne<EvaluationCampaign>().WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Agency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Deductions).WithOne().HasForeignKey(x => x.FileId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<FileDeduction>(e =>
        {
            e.HasIndex(x => x.ItemCode);
            e.Property(x => x.ItemCode).HasMaxLength(20);
            e.Property(x => x.Reason).HasMaxLength(1000);
        });
        b.Entity<CampaignAgency>().HasQueryFilter(x => ScopedAgencyId == null || x.AgencyId == ScopedAgencyId);
        b.Entity<CampaignFile>().HasQueryFilter(x => ScopedAgencyId == null || x.AgencyId == ScopedAgencyId);
        b.Entity<FileDeduction>().HasQueryFilter(x => ScopedAgencyId == null || CampaignFiles.Any(f => f.Id == x.FileId));
        // End of case-file evaluation.

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
            // The case list's usual question (one agency's cases at one stage, newest first) and its count, from the index alone.
            e.HasIndex(x => new { x.AgencyId, x.Stage, x.FiledAt });
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

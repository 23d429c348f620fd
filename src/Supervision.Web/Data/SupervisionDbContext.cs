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
using Supervision.Web.Features.Evaluation;
using Supervision.Web.Features.Exports;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Features.Notices;
using Supervision.Web.Features.Warnings;

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
    public DbSet<CreditGradeRecord> CreditGrades => Set<CreditGradeRecord>();
    public DbSet<Matter> Matters => Set<Matter>();
    public DbSet<DiscretionBenchmark> DiscretionBenchmarks => Set<DiscretionBenchmark>();
    public DbSet<FourListItem> FourListItems => Set<FourListItem>();
    public DbSet<Inspection> Inspections => Set<Inspection>();
    public DbSet<InspectionOfficer> InspectionOfficers => Set<InspectionOfficer>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseStageRecord> CaseStages => Set<CaseStageRecord>();
    public DbSet<CaseOfficer> CaseOfficers => Set<CaseOfficer>();
    public DbSet<CaseSuspension> CaseSuspensions => Set<CaseSuspension>();
    public DbSet<CaseExtension> CaseExtensions => Set<CaseExtension>();
    public DbSet<RectificationOrder> RectificationOrders => Set<RectificationOrder>();
    public DbSet<CompulsoryMeasure> CompulsoryMeasures => Set<CompulsoryMeasure>();
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<Features.Ingestion.RecordRevision> RecordRevisions => Set<Features.Ingestion.RecordRevision>();
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
    // Honest failures (issue 19): the health check's write probe and the records still to be judged after a crash.
    public DbSet<HealthProbe> HealthProbes => Set<HealthProbe>();
    public DbSet<Features.Access.UserSession> UserSessions => Set<Features.Access.UserSession>();
    public DbSet<Features.Ingestion.AwaitingEvaluation> AwaitingEvaluations => Set<Features.Ingestion.AwaitingEvaluation>();

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

    /// <summary>
    /// Each feature maps its own entities (an <c>IEntityTypeConfiguration</c> beside the feature). Those without an agency
    /// scope are found in the assembly; those with one are made here with this context, whose scope their filter reads
    /// (<see cref="AgencyScopeFilter"/>).
    /// </summary>
    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        b.ApplyConfigurationsFromAssembly(typeof(SupervisionDbContext).Assembly);
        b.ApplyConfiguration(new OfficerConfiguration(this))
            .ApplyConfiguration(new InspectionConfiguration(this))
            .ApplyConfiguration(new InspectionOfficerConfiguration(this))
            .ApplyConfiguration(new CaseConfiguration(this))
            .ApplyConfiguration(new CaseStageRecordConfiguration(this))
            .ApplyConfiguration(new CaseOfficerConfiguration(this))
            .ApplyConfiguration(new CaseSuspensionConfiguration(this))
            .ApplyConfiguration(new CaseExtensionConfiguration(this))
            .ApplyConfiguration(new RectificationOrderConfiguration(this))
            .ApplyConfiguration(new CompulsoryMeasureConfiguration(this))
            .ApplyConfiguration(new ComplaintConfiguration(this))
            .ApplyConfiguration(new RecordRevisionConfiguration(this))
            .ApplyConfiguration(new WarningConfiguration(this))
            .ApplyConfiguration(new WarningRecordLinkConfiguration(this))
            .ApplyConfiguration(new WarningChangeConfiguration(this))
            .ApplyConfiguration(new SupervisionNoticeConfiguration(this))
            .ApplyConfiguration(new NoticeSubjectConfiguration(this))
            .ApplyConfiguration(new NoticeReplyConfiguration(this))
            .ApplyConfiguration(new NoticeAttachmentConfiguration(this))
            .ApplyConfiguration(new CampaignAgencyConfiguration(this))
            .ApplyConfiguration(new CampaignFileConfiguration(this))
            .ApplyConfiguration(new FileDeductionConfiguration(this))
            .ApplyConfiguration(new ExportJobConfiguration(this));
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

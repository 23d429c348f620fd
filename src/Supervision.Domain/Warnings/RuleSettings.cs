using Supervision.Domain.Validation;

namespace Supervision.Domain.Warnings;

/// <summary>Every rule's settings, bindable from configuration (e.g. a "Warnings:Rules" section) and edited by an admin.</summary>
public sealed record RuleSettings
{
    public RepeatViolationOptions RepeatViolation { get; init; } = new();
    public StreetHotspotOptions StreetHotspot { get; init; } = new();
    public OverdueRectificationOptions OverdueRectification { get; init; } = new();
    public InspectionFrequencyOptions InspectionFrequency { get; init; } = new();
    public MultiAgencyInspectionOptions MultiAgencyInspection { get; init; } = new();
    public RepeatAfterJointOptions RepeatAfterJoint { get; init; } = new();
    public PreFilingOptions PreFiling { get; init; } = new();
    public CaseTimeLimitOptions CaseTimeLimit { get; init; } = new();
    public EvidenceOfficersOptions EvidenceOfficers { get; init; } = new();
    public NightHolidayExecutionOptions NightHolidayExecution { get; init; } = new();
    public FineBenchmarkOptions FineBenchmark { get; init; } = new();
    public FinePeerOptions FinePeer { get; init; } = new();
    public OverdueComplaintOptions OverdueComplaint { get; init; } = new();
    public TrainingHoursOptions TrainingHours { get; init; } = new();
    public NoticeReplyOverdueOptions NoticeReplyOverdue { get; init; } = new();
    public LateReportingOptions LateReporting { get; init; } = new();
    public CalendarCoverageOptions CalendarCoverage { get; init; } = new();
    public FirstViolationOptions FirstViolation { get; init; } = new();

    /// <summary>Problems an admin must fix before the settings are saved, by field path (camelCase).</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        void Days(string field, int value)
        {
            if (value < 1) errors.Add(new(field, "天数至少为1。"));
        }
        void Levels(string field, Escalation levels) => errors.AddRange(levels.Validate(field));

        Days("repeatViolation.windowDays", RepeatViolation.WindowDays);
        Levels("repeatViolation.levels", RepeatViolation.Levels);
        Days("streetHotspot.windowDays", StreetHotspot.WindowDays);
        Levels("streetHotspot.levels", StreetHotspot.Levels);
        Levels("overdueRectification.levels", OverdueRectification.Levels);
        var f = InspectionFrequency.Frequency;
        if (f.GradeA < 0 || f.GradeA > f.GradeB || f.GradeB > f.GradeC || f.GradeC > f.GradeD)
            errors.Add(new("inspectionFrequency.frequency", "各信用等级的年度检查次数应不为负，且A≤B≤C≤D。"));
        Levels("inspectionFrequency.levels", InspectionFrequency.Levels);
        Days("multiAgencyInspection.windowDays", MultiAgencyInspection.WindowDays);
        Levels("multiAgencyInspection.levels", MultiAgencyInspection.Levels);
        Levels("repeatAfterJoint.levels", RepeatAfterJoint.Levels);
        Days("preFiling.lookbackDays", PreFiling.LookbackDays);
        Days("caseTimeLimit.decisionDays", CaseTimeLimit.DecisionDays);
        Days("caseTimeLimit.serviceWorkingDays", CaseTimeLimit.ServiceWorkingDays);
        Days("caseTimeLimit.lookbackDays", CaseTimeLimit.LookbackDays);
        Levels("caseTimeLimit.levels", CaseTimeLimit.Levels);
        if (EvidenceOfficers.MinOfficers < 1) errors.Add(new("evidenceOfficers.minOfficers", "取证人数至少为1。"));
        Days("evidenceOfficers.lookbackDays", EvidenceOfficers.LookbackDays);
        if (NightHolidayExecution.NightStartHour is < 0 or > 23) errors.Add(new("nightHolidayExecution.nightStartHour", "小时应在0至23之间。"));
        if (NightHolidayExecution.NightEndHour is < 0 or > 23) errors.Add(new("nightHolidayExecution.nightEndHour", "小时应在0至23之间。"));
        Days("nightHolidayExecution.lookbackDays", NightHolidayExecution.LookbackDays);
        Days("fineBenchmark.lookbackDays", FineBenchmark.LookbackDays);
        Levels("fineBenchmark.levels", FineBenchmark.Levels);
        Days("finePeer.peerWindowDays", FinePeer.PeerWindowDays);
        Days("finePeer.lookbackDays", FinePeer.LookbackDays);
        if (FinePeer.MinPeers < 1) errors.Add(new("finePeer.minPeers", "同类案件数至少为1。"));
        if (FinePeer.Levels.Blue < 1) errors.Add(new("finePeer.levels.blue", "倍数阈值不能小于1。"));
        Levels("finePeer.levels", FinePeer.Levels);
        Levels("overdueComplaint.levels", OverdueComplaint.Levels);
        if (TrainingHours.RequiredHours <= 0) errors.Add(new("trainingHours.requiredHours", "学时要求应大于0。"));
        if (TrainingHours.FromMonth is < 1 or > 12 || TrainingHours.FromDay < 1
            || TrainingHours.FromDay > DateTime.DaysInMonth(2001, Math.Clamp(TrainingHours.FromMonth, 1, 12)))
            errors.Add(new("trainingHours.fromMonth", "起始日期无效。"));
        Levels("trainingHours.levels", TrainingHours.Levels);
        if (NoticeReplyOverdue.Levels.Blue < 1) errors.Add(new("noticeReplyOverdue.levels.blue", "逾期天数阈值至少为1(回复期限当日不算逾期)。"));
        Levels("noticeReplyOverdue.levels", NoticeReplyOverdue.Levels);
        if (LateReporting.AllowedWorkingDays < 0) errors.Add(new("lateReporting.allowedWorkingDays", "工作日数不能为负数。"));
        Days("lateReporting.lookbackDays", LateReporting.LookbackDays);
        Levels("lateReporting.levels", LateReporting.Levels);
        if (CalendarCoverage.LeadDays is < 1 or > 366) errors.Add(new("calendarCoverage.leadDays", "提前天数应在1至366之间。"));
        Days("firstViolation.lookbackDays", FirstViolation.LookbackDays);
        if (!Enum.IsDefined(FirstViolation.Level)) errors.Add(new("firstViolation.level", "预警级别无效。"));
        return errors;
    }
}

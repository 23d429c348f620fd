using Supervision.Domain.Cases;
using Supervision.Domain.Inspections;
using Supervision.Domain.Officers;
using Supervision.Domain.Parties;
using Supervision.Domain.Validation;

namespace Supervision.Domain.Warnings;

// Thresholds and windows of every rule, with the product's defaults. Records of init properties (not positional ones)
// so configuration binding and the admin editor can change one value and keep the other defaults. Each options object
// builds its own Escalation, never a shared instance: binding writes into the instance it finds.

/// <summary>The same party, the same matter, several cases in a window (severity: cases).</summary>
public sealed record RepeatViolationOptions
{
    public int WindowDays { get; init; } = 180;
    public Escalation Levels { get; init; } = Escalation.Of(3, 4, 5, 7);
}

/// <summary>The same street, the same matter, many cases in a window (severity: cases).</summary>
public sealed record StreetHotspotOptions
{
    public int WindowDays { get; init; } = 30;
    public Escalation Levels { get; init; } = Escalation.Of(10, 15, 20, 30);
}

/// <summary>Deadline passed without a follow-up review (severity: calendar days after the deadline).</summary>
public sealed record OverdueRectificationOptions
{
    public Escalation Levels { get; init; } = Escalation.Of(1, 8, 15, 30);
}

/// <summary>More counted inspections in the year than the credit grade allows (severity: inspections over the limit).</summary>
public sealed record InspectionFrequencyOptions
{
    public InspectionFrequency Frequency { get; init; } = new();
    /// <summary>An enterprise without a grade yet is held to an ordinary one's limit, neither trusted nor dishonest.</summary>
    public CreditGrade UngradedAs { get; init; } = CreditGrade.B;
    public Escalation Levels { get; init; } = Escalation.Of(1, 2, 3, 5);
}

/// <summary>Several agencies inspecting one enterprise separately in a short window (severity: distinct agencies).</summary>
public sealed record MultiAgencyInspectionOptions
{
    public int WindowDays { get; init; } = 7;
    public Escalation Levels { get; init; } = Escalation.Of(3, 4, 5, 6);
}

/// <summary>Separate same-kind inspections after a joint inspection in the same year (severity: such inspections).</summary>
public sealed record RepeatAfterJointOptions
{
    /// <summary>The plan says "in principle not again", so the first one is already yellow.</summary>
    public Escalation Levels { get; init; } = Escalation.Of(1, 1, 2, 3);
}

/// <summary>Inspections without pre-filing, or filed only after they started.</summary>
public sealed record PreFilingOptions
{
    /// <summary>Inspections started in these last days are judged; older ones have left the live picture.</summary>
    public int LookbackDays { get; init; } = 30;
    public WarningLevel FiledLateLevel { get; init; } = WarningLevel.Blue;
    public WarningLevel NotFiledLevel { get; init; } = WarningLevel.Yellow;
}

/// <summary>A case stage past its statutory limit (severity: calendar days after the deadline).</summary>
public sealed record CaseTimeLimitOptions
{
    public int DecisionDays { get; init; } = CaseTimeLimits.DecisionDays;
    public int ServiceWorkingDays { get; init; } = CaseTimeLimits.ServiceWorkingDays;
    /// <summary>A stage that did happen, late, stays a warning for these days after it happened.</summary>
    public int LookbackDays { get; init; } = 30;
    public Escalation Levels { get; init; } = Escalation.Of(1, 8, 15, 30);
}

/// <summary>Evidence taken by too few officers or by an officer without a valid certificate.</summary>
public sealed record EvidenceOfficersOptions
{
    public int MinOfficers { get; init; } = 2;
    /// <summary>Evidence taken in these last days is judged: about a case's decision period.</summary>
    public int LookbackDays { get; init; } = 90;
    public WarningLevel TooFewOfficersLevel { get; init; } = WarningLevel.Orange;
    public WarningLevel LapsedCertificateLevel { get; init; } = WarningLevel.Red;
}

/// <summary>Compulsory execution at night or on a day off without the emergency flag.</summary>
public sealed record NightHolidayExecutionOptions
{
    /// <summary>Night is from this hour (Asia/Shanghai) to <see cref="NightEndHour"/>; equal hours mean no night check.</summary>
    public int NightStartHour { get; init; } = 22;
    public int NightEndHour { get; init; } = 6;
    /// <summary>
    /// Ordinary weekends count as days off besides the statutory holidays (a make-up working day does not): execution
    /// then is as much an intrusion as on a holiday.
    /// </summary>
    public bool IncludeWeekends { get; init; } = true;
    public int LookbackDays { get; init; } = 30;
    public WarningLevel NightLevel { get; init; } = WarningLevel.Orange;
    public WarningLevel DayOffLevel { get; init; } = WarningLevel.Orange;
    public WarningLevel BothLevel { get; init; } = WarningLevel.Red;
}

/// <summary>A fine outside the benchmark range its circumstance level and four-list item allow (severity: percent outside).</summary>
public sealed record FineBenchmarkOptions
{
    public int LookbackDays { get; init; } = 30;
    public Escalation Levels { get; init; } = Escalation.Of(0, 0, 20, 50);
}

/// <summary>A fine far from its peers' median for the same matter, level and list (severity: times the median, or its inverse).</summary>
public sealed record FinePeerOptions
{
    public int PeerWindowDays { get; init; } = 365;
    public int LookbackDays { get; init; } = 30;
    /// <summary>Fewer peers than this say nothing about what is usual.</summary>
    public int MinPeers { get; init; } = 5;
    public Escalation Levels { get; init; } = Escalation.Of(3, 5, 10, 20);
}

/// <summary>A complaint not handled by its deadline (severity: Shanghai days since the deadline's day, 0 on that day).</summary>
public sealed record OverdueComplaintOptions
{
    public Escalation Levels { get; init; } = Escalation.Of(0, 3, 7, 15);
}

/// <summary>
/// Officers behind the pace to their yearly training hours late in the year (severity: hours behind the pro-rata pace,
/// which on 31 December is the requirement itself). Blue from one hour behind: rounding and a day's lag are not news.
/// </summary>
public sealed record TrainingHoursOptions
{
    public double RequiredHours { get; init; } = Officer.RequiredTrainingHoursPerYear;
    /// <summary>From this day of the year on (Asia/Shanghai) there is too little year left to leave it to chance.</summary>
    public int FromMonth { get; init; } = 10;
    public int FromDay { get; init; } = 1;
    public Escalation Levels { get; init; } = Escalation.Of(1, 10, 20, 30);
}

/// <summary>A supervision notice's reply overdue (severity: Shanghai days after the reply deadline day).</summary>
public sealed record NoticeReplyOverdueOptions
{
    public Escalation Levels { get; init; } = Escalation.Of(1, 4, 8, 15);
}

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
            errors.Add(new("inspectionFrequency.frequency", "各信用等级的年度检查次数应不为负,且A≤B≤C≤D。"));
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
        return errors;
    }
}

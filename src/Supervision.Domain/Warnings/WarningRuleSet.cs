using Supervision.Domain.Calendar;

namespace Supervision.Domain.Warnings;

/// <summary>
/// Every rule, built from one settings snapshot and the holiday calendar. The job builds a new set when an admin
/// changes the settings; the rules keep no state between runs.
/// </summary>
public sealed class WarningRuleSet
{
    public WarningRuleSet(RuleSettings settings, HolidayCalendar calendar)
    {
        RepeatViolation = new(settings.RepeatViolation);
        StreetHotspot = new(settings.StreetHotspot);
        OverdueRectification = new(settings.OverdueRectification);
        InspectionFrequency = new(settings.InspectionFrequency);
        MultiAgencyInspection = new(settings.MultiAgencyInspection);
        RepeatAfterJoint = new(settings.RepeatAfterJoint);
        PreFiling = new(settings.PreFiling);
        CaseTimeLimit = new(settings.CaseTimeLimit, calendar);
        EvidenceOfficers = new(settings.EvidenceOfficers);
        NightHolidayExecution = new(settings.NightHolidayExecution, calendar);
        FineBenchmark = new(settings.FineBenchmark);
        FinePeer = new(settings.FinePeer);
        OverdueComplaint = new(settings.OverdueComplaint);
        TrainingHours = new(settings.TrainingHours);
        NoticeReplyOverdue = new(settings.NoticeReplyOverdue);
        All =
        [
            RepeatViolation, StreetHotspot, OverdueRectification, InspectionFrequency, MultiAgencyInspection, RepeatAfterJoint,
            PreFiling, CaseTimeLimit, EvidenceOfficers, NightHolidayExecution, FineBenchmark, FinePeer, OverdueComplaint, TrainingHours,
            NoticeReplyOverdue,
        ];
    }

    public RepeatViolationRule RepeatViolation { get; }
    public StreetHotspotRule StreetHotspot { get; }
    public OverdueRectificationRule OverdueRectification { get; }
    public InspectionFrequencyRule InspectionFrequency { get; }
    public MultiAgencyInspectionRule MultiAgencyInspection { get; }
    public RepeatAfterJointRule RepeatAfterJoint { get; }
    public PreFilingRule PreFiling { get; }
    public CaseTimeLimitRule CaseTimeLimit { get; }
    public EvidenceOfficersRule EvidenceOfficers { get; }
    public NightHolidayExecutionRule NightHolidayExecution { get; }
    public FineBenchmarkRule FineBenchmark { get; }
    public FinePeerRule FinePeer { get; }
    public OverdueComplaintRule OverdueComplaint { get; }
    public TrainingHoursRule TrainingHours { get; }
    public NoticeReplyOverdueRule NoticeReplyOverdue { get; }

    /// <summary>In the order the docs list them; a rule's code is unique and prefixes every key it makes.</summary>
    public IReadOnlyList<IWarningRule> All { get; }
}

namespace Supervision.Web.Features.Seeding;

public enum Irregularity
{
    RepeatOffender,
    StreetHotspot,
    OverdueRectification,
    OverFrequentInspection,
    MultiAgencyInspection,
    RepeatAfterJointInspection,
    InspectionWithoutPreFiling,
    SingleOfficerEvidence,
    LapsedCertificateEvidence,
    NightOrHolidayExecution,
    FineOutsideBenchmark,
    OverdueComplaint,
    CasePastTimeLimit,
    TrainingShortfall,
}

using Supervision.Domain.Cases;
using Supervision.Domain.Evaluation;

namespace Supervision.Web.Features.Evaluation;

/// <summary>One file on the scoring screen: the case's facts an evaluator needs (no party names: the file is read in the paper file), and the deductions so far.</summary>
public sealed record FileDetail(FileRow File, CampaignHeader Campaign, string MatterName, DateTime FiledAt, DateTime? DecidedAt, PenaltyKind? PenaltyKind,
    long? Fine, bool IsMajor, IReadOnlyList<DeductionEntry> Deductions);

using Supervision.Domain.Cases;
using Supervision.Domain.Matters;

namespace Supervision.Web.Features.Ingestion;

/// <summary>A case's penalty decision as checked: the fine in yuan (0 when none), the four-list item if one applies.</summary>
internal sealed record ValidDecision(PenaltyKind Penalty, long Fine, DiscretionLevel Level, FourListItem? Item);

using Supervision.Domain.Agencies;
using Supervision.Domain.Parties;

namespace Supervision.Web.Features.Ingestion;

/// <summary>A credit grade that passed every check, for an enterprise the center knows.</summary>
internal sealed record ValidCreditGrade(Agency Agency, string Id, int PartyId, string PartyName, CreditGrade Grade, string Source, DateOnly EffectiveOn);

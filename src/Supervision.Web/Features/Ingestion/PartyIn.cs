using System.ComponentModel.DataAnnotations;

namespace Supervision.Web.Features.Ingestion;

public sealed record PartyIn([property: MaxLength(32)] string? Kind, [property: MaxLength(200)] string? Name, [property: MaxLength(18)] string? CreditCode,
    [property: MaxLength(18)] string? IdNumber);

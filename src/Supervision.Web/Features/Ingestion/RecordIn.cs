using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Supervision.Web.Features.Ingestion;

// What agency systems send (API v1). Everything is nullable so that a missing field is reported by name, field by
// field, instead of failing deserialisation as a whole. Times are ISO 8601 with an offset (e.g. 2026-11-23T09:30:00+08:00).

/// <summary>One record of any kind; <c>type</c> says which.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(InspectionIn), "inspection")]
[JsonDerivedType(typeof(CaseIn), "case")]
[JsonDerivedType(typeof(RectificationIn), "rectification")]
[JsonDerivedType(typeof(ComplaintIn), "complaint")]
[JsonDerivedType(typeof(MeasureIn), "measure")]
[JsonDerivedType(typeof(CreditGradeIn), "credit-grade")]
public abstract record RecordIn
{
    /// <summary>The agency's own id of the record: sending it again is idempotent.</summary>
    [MaxLength(64)]
    public string? Id { get; init; }

    /// <summary>The agency that owns the record: the key's agency (default) or one under it.</summary>
    [MaxLength(32)]
    public string? AgencyCode { get; init; }
}

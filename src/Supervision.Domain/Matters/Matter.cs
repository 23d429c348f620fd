namespace Supervision.Domain.Matters;

/// <summary>执法事项: a penalty matter owned by a city department, with its statutory fine range in yuan.</summary>
public sealed class Matter
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int DepartmentId { get; set; }
    public Agencies.Sector Sector { get; set; }
    public required string LegalBasis { get; set; }
    public long StatutoryMinFine { get; set; }
    public long StatutoryMaxFine { get; set; }
}

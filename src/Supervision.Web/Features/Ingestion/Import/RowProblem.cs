using System.Globalization;
using Supervision.Domain.Calendar;

namespace Supervision.Web.Features.Ingestion.Import;

/// <summary>A problem with one row, named by the template's column header (or the API field when no column has it).</summary>
public sealed record RowProblem(string Column, string Message)
{
    public override string ToString() => $"{Column}: {Message}";
}

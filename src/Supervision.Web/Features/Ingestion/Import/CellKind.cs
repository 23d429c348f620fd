namespace Supervision.Web.Features.Ingestion.Import;

/// <summary>How a cell is read; decides the format shown in the template's 说明 sheet and the parse errors.</summary>
public enum CellKind { Text, Time, Day, Number, Integer, Term, List, Flag }

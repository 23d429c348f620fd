namespace Supervision.Web.Features.Evaluation;

public sealed record WorkbookWritten(string FileName, int Files, int Deductions);

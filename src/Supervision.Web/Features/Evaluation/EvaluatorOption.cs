namespace Supervision.Web.Features.Evaluation;

public sealed record EvaluatorOption(string UserName, string DisplayName);

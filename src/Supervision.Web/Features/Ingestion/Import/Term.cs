namespace Supervision.Web.Features.Ingestion.Import;

/// <summary>An allowed value of a coded column: the Chinese word a person types, and the API's name it stands for.</summary>
public sealed record Term(string Chinese, string Api);

using System.Text.Json;

namespace Supervision.Web.Features.Ingestion;

/// <summary>A value our own converters refuse, with the message a person reads (the serializer adds where it was).</summary>
public sealed class FieldFormatException(string message) : JsonException(message);

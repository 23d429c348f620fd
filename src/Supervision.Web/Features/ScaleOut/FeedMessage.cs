using System.Text.Json;

namespace Supervision.Web.Features.ScaleOut;

/// <summary>One feed message between instances: who sent it, which feed, and the event as JSON.</summary>
public sealed record FeedMessage(string Origin, string Feed, JsonElement Payload);

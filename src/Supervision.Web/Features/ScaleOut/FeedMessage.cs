using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Supervision.Web.Features.Activity;
using Supervision.Web.Features.Exports;
using Supervision.Web.Features.Notices;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Hosting;

namespace Supervision.Web.Features.ScaleOut;

/// <summary>One feed message between instances: who sent it, which feed, and the event as JSON.</summary>
public sealed record FeedMessage(string Origin, string Feed, JsonElement Payload);

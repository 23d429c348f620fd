using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.DrillDown;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Warnings.Workbench;

/// <summary>A record that caused a warning: a label (number or masked name where the reader may see it) and its drill-down, if it has one.</summary>
public sealed record WarningLinkView(RecordKind Kind, int RecordId, string? Label, string? Href);

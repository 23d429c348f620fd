using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.DrillDown;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Warnings.Workbench;

public sealed record WarningHistoryRow(long Id, WarningChangeKind Kind, DateTime At, WarningLevel Level, WarningStatus Status, string? By, string? Note);

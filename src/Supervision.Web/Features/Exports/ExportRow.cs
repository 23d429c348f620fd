using System.ComponentModel;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Web.Components.Shared;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Features.Statistics;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Exports;

public sealed record ExportRow(int Id, ExportKind Kind, string PeriodLabel, string RequestedBy, ExportStatus Status, int Progress, int Rows, string FileName,
    long Size, DateTime CreatedAt, DateTime? FinishedAt, string? Error, bool Archived);

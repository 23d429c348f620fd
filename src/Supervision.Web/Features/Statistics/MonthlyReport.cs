using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Agencies;
using Supervision.Domain.Calendar;
using Supervision.Domain.Matters;
using Supervision.Domain.Notices;
using Supervision.Domain.Warnings;
using Supervision.Web.Components.Shared;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Statistics;

public sealed record MonthlyReport(
    StatisticsFilter Filter,
    DateTime AtUtc,
    IReadOnlyList<StatisticsRow> ByAgency,
    IReadOnlyList<StatisticsRow> ByDistrict,
    IReadOnlyList<StatisticsRow> BySector,
    Figures Total);

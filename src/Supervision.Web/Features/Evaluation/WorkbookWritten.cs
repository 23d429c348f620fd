using System.Globalization;
using System.Security.Claims;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Supervision.Domain.Calendar;
using Supervision.Domain.Evaluation;
using Supervision.Web.Features.Access;

namespace Supervision.Web.Features.Evaluation;

public sealed record WorkbookWritten(string FileName, int Files, int Deductions);

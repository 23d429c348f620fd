using System.Collections.Concurrent;
using System.Globalization;
using Supervision.Domain.Calendar;

namespace Supervision.Web.Features.Ingestion.Import;

public sealed record StoredReport(string FileName, byte[] Content, DateTime AtUtc);

using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Ingestion;

public sealed record KeyRow(int Id, string AgencyCode, string AgencyName, string Prefix, string? Label, DateTime CreatedAt, DateTime? RevokedAt);

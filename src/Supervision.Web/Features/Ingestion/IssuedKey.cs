using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Ingestion;

public sealed record IssuedKey(int KeyId, int AgencyId, string Key);

using System.IO.Compression;
using System.Security;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Supervision.Web.Features.Exports;

public sealed record ListColumn(string Header, ListCell Kind, double Width);

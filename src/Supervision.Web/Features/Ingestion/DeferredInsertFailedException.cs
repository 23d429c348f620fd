using System.Data.Common;

namespace Supervision.Web.Features.Ingestion;

/// <summary>The batch's final insert of deferred records failed; the batch is rerun record by record.</summary>
internal sealed class DeferredInsertFailedException(DbException inner) : Exception("Deferred inserts failed", inner);

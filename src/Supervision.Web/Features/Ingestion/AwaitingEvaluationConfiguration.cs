using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Supervision.Web.Features.Ingestion;

public sealed class AwaitingEvaluationConfiguration : IEntityTypeConfiguration<AwaitingEvaluation>
{
    public void Configure(EntityTypeBuilder<AwaitingEvaluation> e)
    {
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.Kind, x.RecordId });
    }
}

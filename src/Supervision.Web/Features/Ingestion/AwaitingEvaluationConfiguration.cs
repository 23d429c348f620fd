using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Supervision.Web.Features.Ingestion;

public sealed class AwaitingEvaluationConfiguration : IEntityTypeConfiguration<AwaitingEvaluation>
{
    public void Configure(EntityTypeBuilder<AwaitingEvaluation> e)
    {
        e.HasKey(x => x.Id);
        e.Property(x => x.Touches).HasMaxLength(AwaitingEvaluation.TouchesLength);
        e.HasIndex(x => x.AcceptedAt);
    }
}

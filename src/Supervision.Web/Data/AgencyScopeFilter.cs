using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Query;

namespace Supervision.Web.Data;

/// <summary>
/// The query filter behind <see cref="SupervisionDbContext.ScopedAgencyId"/>: a context without a scope sees every row,
/// a liaison's context only the rows the entity's condition admits.
/// </summary>
/// <remarks>
/// The filter reads the scope from the context being built, held as a constant just as `this` in OnModelCreating would
/// be: EF Core swaps that constant for the querying context, so each context applies its own scope. Reached through a
/// closure instead (a configuration's field), the first context's scope would be frozen into the cached model.
/// </remarks>
public static class AgencyScopeFilter
{
    /// <summary>Records that carry their agency: a liaison sees its own agency's.</summary>
    public static EntityTypeBuilder<T> HasAgencyScope<T>(this EntityTypeBuilder<T> entity, SupervisionDbContext db,
        Expression<Func<T, int?>> agency) where T : class =>
        Apply(entity, Scope(db), agency.Parameters[0], Expression.Equal(agency.Body, Scope(db)));

    /// <summary>Records whose visibility follows another's (a parent row, an escalation): <paramref name="visible"/> decides.</summary>
    public static EntityTypeBuilder<T> HasAgencyScope<T>(this EntityTypeBuilder<T> entity, SupervisionDbContext db,
        Expression<Func<SupervisionDbContext, T, bool>> visible) where T : class =>
        Apply(entity, Scope(db), visible.Parameters[1],
            ReplacingExpressionVisitor.Replace(visible.Parameters[0], Context(db), visible.Body));

    private static EntityTypeBuilder<T> Apply<T>(EntityTypeBuilder<T> entity, Expression scope, ParameterExpression row, Expression visible)
        where T : class =>
        entity.HasQueryFilter(Expression.Lambda<Func<T, bool>>(
            Expression.OrElse(Expression.Equal(scope, Expression.Constant(null, typeof(int?))), visible), row));

    private static ConstantExpression Context(SupervisionDbContext db) => Expression.Constant(db, typeof(SupervisionDbContext));

    private static MemberExpression Scope(SupervisionDbContext db) =>
        Expression.Property(Context(db), nameof(SupervisionDbContext.ScopedAgencyId));
}

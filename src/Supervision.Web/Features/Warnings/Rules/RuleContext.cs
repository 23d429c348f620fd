using Supervision.Domain.Warnings;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>What one evaluation of a rule reads: the database, the rules and settings of one snapshot, the instant, and the facts a sweep of all rules shares.</summary>
public sealed record RuleContext(SupervisionDbContext Db, WarningRuleSet Rules, RuleSettings Settings, DateTime Now, FactMemo Memo);

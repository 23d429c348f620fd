namespace Supervision.Domain.Parties;

/// <summary>A grade and the Shanghai day it takes effect; <see cref="GradeBefore"/> is what held before the earliest of a history.</summary>
public sealed record CreditGradeChange(CreditGrade Grade, DateOnly EffectiveOn, string Source, CreditGrade? GradeBefore = null);

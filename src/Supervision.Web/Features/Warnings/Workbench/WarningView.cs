namespace Supervision.Web.Features.Warnings.Workbench;

/// <summary>How the workbench lists warnings: folded by rule and agency (the default, for triage), or one row each.</summary>
public enum WarningView
{
    Folded,
    Each,
}

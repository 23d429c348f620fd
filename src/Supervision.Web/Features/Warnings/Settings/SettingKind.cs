namespace Supervision.Web.Features.Warnings.Settings;

public enum SettingKind { Integer, Number, Switch, Choice }

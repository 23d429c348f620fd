using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Domain.Validation;
using Supervision.Domain.Warnings;
using Supervision.Web.Features.Warnings.Rules;

namespace Supervision.Web.Features.Warnings.Settings;

public enum SettingKind { Integer, Number, Switch, Choice }

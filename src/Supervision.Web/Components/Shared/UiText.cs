using System.Globalization;
using System.Resources;

namespace Supervision.Web.Components.Shared;

/// <summary>
/// The screens' text: UiText.resx is Chinese (the default), UiText.en.resx English. Components inject
/// <c>IStringLocalizer&lt;UiText&gt;</c>; plain C# (names of coded values) calls <see cref="Get"/>. Either way the
/// current UI culture decides, which is the signed-in person's choice (Features/Language).
/// </summary>
public sealed class UiText
{
    private static readonly ResourceManager Resources = new(typeof(UiText).FullName!, typeof(UiText).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    /// <summary>The Chinese text whatever the reader's language: for what is stored and sent (warning text, notices, webhooks).</summary>
    public static string Chinese(string key) => Resources.GetString(key, ChineseCulture) ?? key;

    private static readonly CultureInfo ChineseCulture = CultureInfo.GetCultureInfo("zh-CN");

    public static string Format(string key, params object[] args) => string.Format(CultureInfo.CurrentCulture, Get(key), args);
}

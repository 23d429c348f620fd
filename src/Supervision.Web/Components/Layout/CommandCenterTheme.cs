using MudBlazor;

namespace Supervision.Web.Components.Layout;

/// <summary>
/// The command center's own colours, one product on the desks and the wall: the navy of the sign-in and status pages
/// (account.css) and of the wall's header for the desks' bar and buttons, the wall's dark blues for the wall. Not the
/// library's default purple. No web fonts: the command center has no internet, so the CJK fonts the machines have.
/// </summary>
public static class CommandCenterTheme
{
    private static readonly string[] Fonts = ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "sans-serif"];

    public static readonly MudTheme Desk = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1e3a8a",
            Secondary = "#0e7490",
            Tertiary = "#36a3ff",
            AppbarBackground = "#0b2a52",
            AppbarText = "#ffffff",
            Background = "#f4f6fa",
            DrawerBackground = "#ffffff",
            DrawerIcon = "#1e3a8a",
            Info = "#1976d2",
            Warning = "#ed6c02",
            Error = "#c62828",
            Success = "#2e7d32",
        },
        // Buttons as written: "导出Excel", not the library's upper-cased "导出EXCEL".
        Typography = new Typography { Default = new DefaultTypography { FontFamily = Fonts }, Button = new ButtonTypography { TextTransform = "none" } },
    };

    public static readonly MudTheme Wall = new()
    {
        PaletteDark = new PaletteDark
        {
            Background = "#06101f",
            Surface = "#0b1b33",
            Primary = "#36a3ff",
            TextPrimary = "#e6f0ff",
            TextSecondary = "#8fa8c8",
            Warning = "#ffb020",
            Error = "#ff4d4f",
            Success = "#3ddc84",
        },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = Fonts } },
    };
}

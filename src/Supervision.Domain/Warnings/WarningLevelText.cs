namespace Supervision.Domain.Warnings;

public static class WarningLevelText
{
    public static string Chinese(this WarningLevel level) => level switch
    {
        WarningLevel.Blue => "蓝色",
        WarningLevel.Yellow => "黄色",
        WarningLevel.Orange => "橙色",
        WarningLevel.Red => "红色",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };
}

namespace Supervision.Domain.Warnings;

/// <summary>预警等级, mildest first. The numbers are stored, so they never change.</summary>
public enum WarningLevel
{
    /// <summary>蓝色.</summary>
    Blue = 1,
    /// <summary>黄色.</summary>
    Yellow = 2,
    /// <summary>橙色.</summary>
    Orange = 3,
    /// <summary>红色.</summary>
    Red = 4,
}

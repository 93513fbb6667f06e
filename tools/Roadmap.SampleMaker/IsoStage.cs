namespace Roadmap.SampleMaker;

/// <summary>The usual grouping of ISO harmonized stage codes (see shared/sdo/README.md).</summary>
internal static class IsoStage
{
    public const string Deleted = "deleted (x.98)";
    public const string Withdrawn = "withdrawn (95.99)";
    public const string Published = "published (60.60-95.92)";
    public const string UnderPublication = "under publication (60.00)";
    public const string UnderDevelopment = "under development (<60.00)";

    public static readonly string[] Order = [Published, UnderPublication, UnderDevelopment, Withdrawn, Deleted];

    public static string Group(int currentStage) => currentStage switch
    {
        _ when currentStage % 100 == 98 => Deleted,
        9599 => Withdrawn,
        >= 6060 => Published,
        6000 => UnderPublication,
        _ => UnderDevelopment,
    };

    /// <summary>What the live feed would list: published or in development, not withdrawn or deleted.</summary>
    public static bool IsCurrent(int currentStage) => currentStage < 9599 && currentStage % 100 != 98;
}

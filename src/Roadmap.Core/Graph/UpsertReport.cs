namespace Roadmap.Core.Graph;

/// <summary>What a batch did to the documents it carried.</summary>
public sealed record UpsertReport(int Added, int Changed, int Unchanged)
{
    public static UpsertReport Empty { get; } = new(0, 0, 0);

    public UpsertReport Plus(UpsertReport other) =>
        new(Added + other.Added, Changed + other.Changed, Unchanged + other.Unchanged);
}

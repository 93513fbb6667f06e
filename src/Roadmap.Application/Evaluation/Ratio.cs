namespace Roadmap.Application.Evaluation;

/// <summary>A measured share, kept with its counts so a reader sees how much it rests on; null value when nothing was counted.</summary>
public sealed record Ratio(int Hits, int Total)
{
    public double? Value => Total == 0 ? null : Math.Round(Hits / (double)Total, 3);

    public override string ToString() => Value is { } v
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{v:F3} ({Hits}/{Total})")
        : "n/a (0/0)";
}

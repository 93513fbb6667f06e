namespace Roadmap.Reports.Rendering;

/// <summary>Numbers tables and figures in reading order, the same way in every format.</summary>
internal sealed class Numbering
{
    private int _tables;
    private int _figures;

    public int NextTable() => ++_tables;

    public int NextFigure() => ++_figures;
}

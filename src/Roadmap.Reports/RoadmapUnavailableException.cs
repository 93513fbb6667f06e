namespace Roadmap.Reports;

/// <summary>The roadmap cannot be built yet: the analysis has not classified anything (run <c>roadmap analyze</c>).</summary>
public sealed class RoadmapUnavailableException : InvalidOperationException
{
    public RoadmapUnavailableException()
    {
    }

    public RoadmapUnavailableException(string message)
        : base(message)
    {
    }

    public RoadmapUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

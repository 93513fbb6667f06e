using Roadmap.Reports.Model;

namespace Roadmap.Reports.Rendering;

/// <summary>Writes a <see cref="RoadmapDocument"/> in one output format. Output depends only on the document: same input, same bytes.</summary>
public interface IRoadmapRenderer
{
    /// <summary>The format's name on the command line and in URLs: <c>md</c>, <c>html</c>, <c>docx</c>.</summary>
    string Format { get; }

    string ContentType { get; }

    string FileExtension { get; }

    void Render(RoadmapDocument document, Stream output);
}

using Spectre.Console;
using Spectre.Console.Rendering;

namespace Roadmap.Cli;

/// <summary>
/// Spectre.Console's side of <see cref="TerminalWriter"/>: the text of every rendered segment (markup, table cells) is
/// stripped of control characters, while Spectre's own control segments and styles (colour, bold) pass as they are.
/// </summary>
internal sealed class TerminalRenderHook : IRenderHook
{
    public IEnumerable<IRenderable> Process(RenderOptions options, IEnumerable<IRenderable> renderables) =>
        renderables.Select(r => (IRenderable)new Stripped(r));

    private sealed class Stripped(IRenderable inner) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, maxWidth);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
            inner.Render(options, maxWidth).Select(s => s.IsControlCode || s.IsLineBreak ? s : new Segment(TerminalText.Strip(s.Text), s.Style, s.Link));
    }
}

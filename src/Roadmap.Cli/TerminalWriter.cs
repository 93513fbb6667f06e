using System.Text;

namespace Roadmap.Cli;

/// <summary>
/// A writer in front of stdout or stderr that passes text through <see cref="TerminalText.Strip"/>: everything a verb
/// prints as plain text (reports in Markdown, messages, lists) reaches the terminal without control characters. Line
/// ends are the inner writer's own.
/// </summary>
internal sealed class TerminalWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override void Write(char value)
    {
        if (!TerminalText.IsUnsafe(value))
        {
            inner.Write(value);
        }
    }

    public override void Write(string? value) => inner.Write(value is null ? null : TerminalText.Strip(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine() => inner.WriteLine();

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : TerminalText.Strip(value));

    public override Task WriteAsync(char value) => TerminalText.IsUnsafe(value) ? Task.CompletedTask : inner.WriteAsync(value);

    public override Task WriteAsync(string? value) => inner.WriteAsync(value is null ? null : TerminalText.Strip(value));

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default) =>
        inner.WriteAsync(TerminalText.Strip(buffer.ToString()).AsMemory(), cancellationToken);

    public override Task WriteLineAsync() => inner.WriteLineAsync();

    public override Task WriteLineAsync(string? value) => inner.WriteLineAsync(value is null ? null : TerminalText.Strip(value));

    public override Task WriteLineAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default) =>
        inner.WriteLineAsync(TerminalText.Strip(buffer.ToString()).AsMemory(), cancellationToken);

    public override void Flush() => inner.Flush();

    public override Task FlushAsync() => inner.FlushAsync();
}

namespace Roadmap.Application.Evaluation;

/// <summary>
/// Reads a label file: comma-separated, first line the header, fields quoted with <c>"</c> when they hold commas,
/// quotes (doubled) or line breaks (RFC 4180). Rows come back as header → value maps; a row with the wrong number of
/// fields or an unclosed quote is refused with its line number, since a misread label would silently skew a score.
/// </summary>
public static class LabelCsv
{
    /// <summary>The file's header line, trimmed.</summary>
    public static IReadOnlyList<string> Header(string path)
    {
        if (!File.Exists(path))
        {
            throw new LabelFileException($"{path}: no such file");
        }

        var records = Parse(File.ReadAllText(path), path);
        return records.Count == 0
            ? throw new LabelFileException($"{path}: empty file (expected a header line)")
            : [.. records[0].Fields.Select(h => h.Trim())];
    }

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path, params string[] requiredColumns)
    {
        if (!File.Exists(path))
        {
            throw new LabelFileException($"{path}: no such file");
        }

        var records = Parse(File.ReadAllText(path), path);
        if (records.Count == 0)
        {
            throw new LabelFileException($"{path}: empty file (expected a header line)");
        }

        var header = records[0].Fields.Select(h => h.Trim()).ToList();
        var missing = requiredColumns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw new LabelFileException($"{path}: missing column(s) {string.Join(", ", missing)}; the header has {string.Join(", ", header)}");
        }

        var rows = new List<IReadOnlyDictionary<string, string>>();
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields is [""])
            {
                continue;
            }

            if (fields.Count != header.Count)
            {
                throw new LabelFileException($"{path}: line {line} has {fields.Count} field(s), the header {header.Count}");
            }

            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second.Trim(), StringComparer.Ordinal));
        }

        return rows;
    }

    private static List<(int Line, List<string> Fields)> Parse(string text, string path)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var (line, recordLine, quoted) = (1, 1, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add((recordLine, fields));
                    fields = [];
                    recordLine = ++line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            throw new LabelFileException($"{path}: line {recordLine}: a quoted field is not closed");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((recordLine, fields));
        }

        return records;
    }
}

/// <summary>A label file that cannot be read as labels: missing, malformed, or without the expected columns.</summary>
public sealed class LabelFileException(string message) : IOException(message);

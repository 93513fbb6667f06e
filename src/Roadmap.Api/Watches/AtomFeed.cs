using System.Globalization;
using System.Text;
using System.Xml;

namespace Roadmap.Api.Watches;

/// <summary>Writes an Atom 1.0 feed (RFC 4287) of events; every entry's id is stable, so readers show each once.</summary>
internal static class AtomFeed
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    public sealed record Entry(string Id, string Title, string Summary, DateTimeOffset Updated, string? Link);

    public static string Write(string id, string title, Uri self, DateTimeOffset updated, IEnumerable<Entry> entries)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            writer.WriteStartElement("feed", Ns);
            writer.WriteElementString("id", Ns, id);
            writer.WriteElementString("title", Ns, title);
            writer.WriteElementString("updated", Ns, Format(updated));
            writer.WriteStartElement("link", Ns);
            writer.WriteAttributeString("rel", "self");
            writer.WriteAttributeString("href", self.ToString());
            writer.WriteEndElement();
            writer.WriteStartElement("author", Ns);
            writer.WriteElementString("name", Ns, "Roadmap");
            writer.WriteEndElement();
            foreach (var entry in entries)
            {
                writer.WriteStartElement("entry", Ns);
                writer.WriteElementString("id", Ns, entry.Id);
                writer.WriteElementString("title", Ns, entry.Title);
                writer.WriteElementString("updated", Ns, Format(entry.Updated));
                writer.WriteElementString("summary", Ns, entry.Summary);
                if (entry.Link is not null)
                {
                    writer.WriteStartElement("link", Ns);
                    writer.WriteAttributeString("href", entry.Link);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        // StringBuilder output says utf-16 in the declaration; the response is UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static string Format(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

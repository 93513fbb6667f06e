using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Roadmap.Reports.Charts;

/// <summary>
/// Rasterises a laid-out chart into a PNG (8-bit RGB, zlib through System.IO.Compression): rectangles, filled circles
/// and text in <see cref="PixelFont"/>. Drawn at twice the SVG's scale so it stays sharp when Word shrinks it. The
/// fallback for a machine without a font file (see <see cref="ChartRaster"/>); <see cref="SkiaChart"/> is the rule.
/// </summary>
internal static class PngChart
{
    public const int Scale = 2;

    public static byte[] Render(ChartCanvas canvas)
    {
        var image = new Image(canvas.Width * Scale, canvas.Height * Scale);
        image.Fill(0, 0, image.Width, image.Height, Rgb.White);
        foreach (var shape in canvas.Shapes)
        {
            switch (shape)
            {
                case RectShape r:
                    image.Fill(r.X * Scale, r.Y * Scale, r.Width * Scale, r.Height * Scale, r.Stroke ?? r.Fill);
                    if (r.Stroke is not null && r.Width > 1 && r.Height > 1)
                    {
                        image.Fill((r.X * Scale) + 1, (r.Y * Scale) + 1, (r.Width * Scale) - 2, (r.Height * Scale) - 2, r.Fill);
                    }

                    break;
                case CircleShape c:
                    image.Circle(c.Cx * Scale, c.Cy * Scale, c.Radius * Scale, c.Fill);
                    break;
                case TextShape t:
                    Text(image, t);
                    break;
                default:
                    throw new NotSupportedException($"no raster for {shape.GetType().Name}");
            }
        }

        return image.ToPng();
    }

    private static void Text(Image image, TextShape text)
    {
        // Glyphs are 3×5 on a 4-pixel advance; the pixel size follows the text size.
        var pixel = Math.Max(1, text.Size * Scale / 7);
        var advance = (PixelFont.Width + 1) * pixel;
        var width = (text.Text.Length * advance) - pixel;
        var left = (text.X * Scale) - text.Anchor switch { TextAnchor.Middle => width / 2, TextAnchor.End => width, _ => 0 };
        var top = (text.Y * Scale) - (PixelFont.Height * pixel);
        for (var i = 0; i < text.Text.Length; i++)
        {
            for (var y = 0; y < PixelFont.Height; y++)
            {
                for (var x = 0; x < PixelFont.Width; x++)
                {
                    if (PixelFont.IsSet(text.Text[i], x, y))
                    {
                        image.Fill(left + (i * advance) + (x * pixel), top + (y * pixel), pixel, pixel, text.Color);
                    }
                }
            }
        }
    }

    private sealed class Image(int width, int height)
    {
        private readonly byte[] _pixels = new byte[width * height * 3];

        public int Width => width;

        public int Height => height;

        public void Fill(int x, int y, int w, int h, Rgb color)
        {
            for (var row = Math.Max(0, y); row < Math.Min(height, y + h); row++)
            {
                for (var col = Math.Max(0, x); col < Math.Min(width, x + w); col++)
                {
                    Set(col, row, color);
                }
            }
        }

        public void Circle(int cx, int cy, int r, Rgb color)
        {
            for (var row = Math.Max(0, cy - r); row <= Math.Min(height - 1, cy + r); row++)
            {
                for (var col = Math.Max(0, cx - r); col <= Math.Min(width - 1, cx + r); col++)
                {
                    if (((col - cx) * (col - cx)) + ((row - cy) * (row - cy)) <= r * r)
                    {
                        Set(col, row, color);
                    }
                }
            }
        }

        public byte[] ToPng()
        {
            using var png = new MemoryStream();
            png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
            var header = new byte[13];
            BinaryPrimitives.WriteInt32BigEndian(header, width);
            BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
            header[8] = 8; // bit depth
            header[9] = 2; // colour type: RGB
            Chunk(png, "IHDR", header);
            using (var raw = new MemoryStream())
            {
                using (var zlib = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
                {
                    for (var row = 0; row < height; row++)
                    {
                        zlib.WriteByte(0); // filter: none
                        zlib.Write(_pixels, row * width * 3, width * 3);
                    }
                }

                Chunk(png, "IDAT", raw.ToArray());
            }

            Chunk(png, "IEND", []);
            return png.ToArray();
        }

        private void Set(int x, int y, Rgb color)
        {
            var i = ((y * width) + x) * 3;
            (_pixels[i], _pixels[i + 1], _pixels[i + 2]) = (color.R, color.G, color.B);
        }

        private static void Chunk(Stream png, string type, byte[] data)
        {
            Span<byte> number = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
            png.Write(number);
            var typeBytes = Encoding.ASCII.GetBytes(type);
            png.Write(typeBytes);
            png.Write(data);
            BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.Compute(typeBytes, data));
            png.Write(number);
        }
    }
}

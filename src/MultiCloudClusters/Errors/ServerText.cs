using System.Globalization;
using System.Text;

namespace MultiCloudClusters.Errors;

/// <summary>
/// Makes text a server sent safe to put into an exception message or a log line: control characters
/// (CR, LF, ESC, NUL, …), line and paragraph separators, invisible formatting characters (bidirectional
/// overrides, zero-width marks) and unpaired surrogates are shown escaped (<c>\r</c>, <c>\n</c>,
/// <c>\t</c>, <c>\0</c>, <c>\u001B</c>), and the result is cut to a maximum length, ending in <c>…</c>.
/// Cleaning cleaned text changes nothing, so it may be applied at every layer.
/// </summary>
internal static class ServerText
{
    /// <summary>The default cap for a message or other free text.</summary>
    public const int MaxLength = 1024;

    /// <summary>The cap for a short value: an error code, a type, a request id, a field name.</summary>
    public const int MaxShortLength = 256;

    /// <summary>The cap for a whole exception message built from several cleaned parts.</summary>
    public const int MaxMessageLength = 4096;

    private const char Ellipsis = '…';

    /// <summary>Returns <paramref name="text"/> escaped and capped (null stays null).</summary>
    /// <param name="text">The server's text.</param>
    /// <param name="maxLength">The longest result, the closing <c>…</c> included (at least 2).</param>
    public static string? Clean(string? text, int maxLength = MaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        if (text is null)
        {
            return null;
        }

        if (text.Length <= maxLength && !NeedsEscape(text))
        {
            return text;
        }

        var builder = new StringBuilder(Math.Min(text.Length, maxLength) + 8);
        var cut = 0; // the longest prefix, ending between two characters, that leaves room for the ellipsis
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string piece;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                piece = text.Substring(i, 2);
                i++;
            }
            else
            {
                piece = IsUnsafe(c) ? Escape(c) : c.ToString();
            }

            if (builder.Length + piece.Length <= maxLength - 1)
            {
                builder.Append(piece);
                cut = builder.Length;
            }
            else if (builder.Length + piece.Length <= maxLength && i + 1 == text.Length)
            {
                builder.Append(piece);
            }
            else
            {
                builder.Length = cut;
                return builder.Append(Ellipsis).ToString();
            }
        }

        return builder.ToString();
    }

    /// <summary>Same as <see cref="Clean"/> with <see cref="MaxShortLength"/>.</summary>
    public static string? CleanShort(string? text) => Clean(text, MaxShortLength);

    /// <summary>A field error with its field, message and code cleaned.</summary>
    public static FieldError CleanFieldError(FieldError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var field = CleanShort(error.Field)!;
        var message = Clean(error.Message)!;
        var code = CleanShort(error.Code);
        return ReferenceEquals(field, error.Field) && ReferenceEquals(message, error.Message) && ReferenceEquals(code, error.Code)
            ? error
            : new FieldError(field, message, code);
    }

    private static bool NeedsEscape(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsUnsafe(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnsafe(char c) =>
        c < ' ' || (c > '~' && char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate);

    private static string Escape(char c) => c switch
    {
        '\r' => "\\r",
        '\n' => "\\n",
        '\t' => "\\t",
        '\0' => "\\0",
        _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
    };
}

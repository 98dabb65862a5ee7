namespace AvisIngest.Normalising;

/// <summary>
/// A text whose paragraphs open with an indent (a tab, or a few spaces, as a word processor's export
/// leaves them) and go on flush left, with no blank line between paragraphs: an indented line starts
/// a paragraph, and a short flush-left line between a finished sentence (or a line standing alone)
/// and that indented line is a title standing alone ("Objet de la demande"). A text indented
/// throughout (a margin), nowhere, or by varying widths (lines centred by a layout conversion) is
/// left as it is.
/// </summary>
public sealed class ParagraphIndent
{
    /// <summary>Fewest indented lines for the indent to mark paragraphs (one indented quotation does not).</summary>
    public const int MinimumIndentedLines = 3;

    /// <summary>Widest indent in spaces (or one tab) that opens a paragraph; wider, a line is centred or set in a column. One space is no indent.</summary>
    public const int MaxIndentWidth = 8;

    /// <summary>Longest line taken for a title standing alone.</summary>
    public const int MaxTitleLength = 80;

    private readonly string indent;

    private ParagraphIndent(string indent) => this.indent = indent;

    /// <summary>
    /// The indent that opens the document's paragraphs, or null: one indent (the same white space)
    /// opening at least three lines, three quarters of the indented ones, and fewer than half the lines.
    /// </summary>
    public static ParagraphIndent? Of(Reading.SourceDocument document)
    {
        // By width in spaces; TabIndent for one tab, MixedIndent for anything else (never a paragraph's).
        var indents = new Dictionary<int, int>();
        int indented = 0, written = 0;
        foreach (var page in document.Pages)
        {
            foreach (var line in page.Lines)
            {
                if (string.IsNullOrWhiteSpace(line))
                    continue;
                written++;
                var key = IndentKey(line);
                if (key == 0)
                    continue;
                indented++;
                indents[key] = indents.GetValueOrDefault(key) + 1;
            }
        }
        if (indents.Count == 0)
            return null;
        var (common, count) = indents.MaxBy(i => i.Value);
        return count >= MinimumIndentedLines && 4 * count >= 3 * indented && 2 * indented < written && (common == TabIndent || common is >= 2 and <= MaxIndentWidth)
            ? new ParagraphIndent(common == TabIndent ? "\t" : new string(' ', common))
            : null;
    }

    private const int TabIndent = -1;
    private const int MixedIndent = -2;

    // The line's indent: 0 for none, its width when made of spaces, TabIndent or MixedIndent.
    private static int IndentKey(string line)
    {
        var width = 0;
        var tabs = 0;
        while (width < line.Length && line[width] is ' ' or '\t')
        {
            if (line[width] == '\t')
                tabs++;
            width++;
        }
        return tabs == 0 ? width : tabs == 1 && width == 1 ? TabIndent : MixedIndent;
    }

    /// <summary>Whether the raw line opens with the document's paragraph indent, then its text.</summary>
    public bool Opens(string line) =>
        line.Length > indent.Length && line.StartsWith(indent, StringComparison.Ordinal) && !char.IsWhiteSpace(line[indent.Length]);

    /// <summary>
    /// Reads an indented line met after <paramref name="lines"/> (the clean lines so far): a blank
    /// line ends the paragraph above, and one sets apart the title standing right above the indented line.
    /// </summary>
    public static void Apply(List<CleanLine> lines, int? page)
    {
        var last = lines.Count - 1;
        if (last < 0 || lines[last].Text.Length == 0)
            return;
        if (IsTitle(lines[last].Text) && (last == 0 || EndsWhatIsAbove(lines, last - 1)))
            lines.Insert(last, new CleanLine("", lines[last].Page));
        lines.Add(new CleanLine("", page));
    }

    // A title opens like a sentence and has no closing punctuation (a line ending with ":" introduces what follows).
    private static bool IsTitle(string line) =>
        line.Length <= MaxTitleLength && (char.IsUpper(line[0]) || char.IsDigit(line[0]))
        && line[^1] is not ('.' or ',' or ';' or ':') && !ListItem.StartsBlock(line);

    // The line above the title is blank, ends a sentence, or is itself a short line standing alone (a date line).
    private static bool EndsWhatIsAbove(List<CleanLine> lines, int above)
    {
        var text = lines[above].Text;
        return text.Length == 0 || text[^1] is '.' or '!' or '?' or ';' or ':' or '»'
            || (text.Length <= MaxTitleLength && (above == 0 || lines[above - 1].Text.Length == 0));
    }
}

using System.Text;
using AvisIngest.Reading;

namespace AvisIngest.Normalising;

/// <summary>Options of <see cref="ParagraphJoiner"/>.</summary>
public sealed record ParagraphJoinerOptions
{
    /// <summary>A line at least this share of the document's usual line width was wrapped, not ended.</summary>
    public double FullLineRatio { get; init; } = 0.7;

    /// <summary>Usual width assumed for documents with few or only short lines.</summary>
    public int MinimumLineWidth { get; init; } = 60;
}

/// <summary>
/// Rejoins lines broken by the converter into paragraphs: words hyphenated across a line end
/// are mended (compound hyphens kept), wrapped sentences rejoined, blank lines left by page
/// breaks bridged when the sentence obviously goes on.
/// </summary>
/// <param name="isHeading">Tells a heading line; a heading neither absorbs the next line nor is absorbed.</param>
/// <param name="isNumberAlone">Tells a heading that is only its number ("PARTIE 1", "II."): it takes the short line after it as its title.</param>
public sealed partial class ParagraphJoiner(ParagraphJoinerOptions options, Func<string, bool> isHeading, Func<string, bool>? isNumberAlone = null)
{
    public ParagraphJoiner() : this(new ParagraphJoinerOptions(), _ => false) { }

    /// <param name="lines">
    /// Clean lines in reading order; an empty line is a blank line. A page break is not one. The list
    /// is emptied as it is read: a large file's lines are freed while its paragraphs are built, so the
    /// two are not held whole at once (a 50 MB text peaked at 10 times its size holding both).
    /// </param>
    public IReadOnlyList<JoinedParagraph> Join(List<CleanLine> lines)
    {
        var width = UsualWidth(lines);
        var paragraphs = new List<JoinedParagraph>();
        var current = new ParagraphBuffer();
        var blankSince = false;
        // The first paragraph of a document, like one after a blank line, is set apart above. A page
        // break is not a blank line: a PDF heading at the top of a page is told by its size or weight.
        var apartAbove = true;

        for (var i = 0; i < lines.Count; i++)
        {
            var (line, page, style) = lines[i];
            lines[i] = default;
            if (line.Length == 0)
            {
                blankSince = !current.IsEmpty;
                apartAbove = true;
                continue;
            }
            // A line set in another size or weight than the paragraph's (a PDF heading) starts a paragraph of its own.
            if (!current.IsEmpty && current.Style == style && !(blankSince && IsListSubheading(line, NextLine(lines, i), width)) && ShouldJoin(current, line, blankSince, width))
            {
                current.Append(line);
            }
            else
            {
                if (!current.IsEmpty)
                    paragraphs.Add(current.Close(apartBelow: apartAbove));
                current.Start(line, page, style, apartAbove);
            }
            blankSince = false;
            apartAbove = false;
        }
        if (!current.IsEmpty)
            paragraphs.Add(current.Close(apartBelow: true));
        lines.Clear();
        return paragraphs;
    }

    /// <summary>
    /// A short capitalised line with no closing punctuation, after a blank line and right before a
    /// list item, titles the items that follow ("Pérennisation et montée en puissance" before "14.
    /// …"): it is not the previous item going on, even when that one ended with a comma (OCR often
    /// reads a final "." as ",", and loses the title's colon).
    /// </summary>
    private bool IsListSubheading(string line, string? next, int width) =>
        next is not null && ListItem.StartsBlock(next) && !ListItem.StartsBlock(line)
        && char.IsUpper(line[0]) && char.IsLetter(line[^1]) && line.Length < options.FullLineRatio * width;

    private static string? NextLine(IReadOnlyList<CleanLine> lines, int i) =>
        i + 1 < lines.Count && lines[i + 1].Text.Length > 0 ? lines[i + 1].Text : null;

    private bool ShouldJoin(ParagraphBuffer previous, string next, bool blankBetween, int width)
    {
        if (ListItem.StartsBlock(next))
            return false;
        var text = previous.Text;
        if (EndsWithHyphenatedWord(text))
            return true;
        // "PARTIE 1" / "LE CONSTAT", a blank line between them or not: one heading. A sentence's
        // first line (as long as a full line, or closed by its punctuation) is not a title.
        if (isNumberAlone is not null && previous.IsSingleLine && text.Length <= NumberReach && next.Length < options.FullLineRatio * width
            && next[^1] is not ('.' or ',' or ';') && isNumberAlone(text.ToString()))
            return true;
        var first = next[0];
        // "Après en avoir délibéré," then, past a blank line, "Article 1er": a heading, not the sentence going on.
        if (blankBetween && char.IsUpper(first) && isHeading(next))
            return false;
        // "II - CONTEXTE ET PÉRIMÈTRE DU" / "CAMPUS": no line, a heading's included, ends on a function word.
        if (EndsWithContinuation(text))
            return true;
        // "Avis du bureau sur le plan …" / "Séance du 24 mars 2028": the meeting's line under a title is its own.
        if (MeetingLine().IsMatch(next))
            return false;
        // A numbered heading in capitals ("III - AXES DE DÉVELOPPEMENT") is followed by body text:
        // a line in lower case after it is a list item whose bullet the conversion lost, not the
        // heading going on (a title in capitals may go on in lower case: "AVIS N° 14 DU BUREAU" / "sur …").
        if (char.IsLower(first))
            return !(MayBeHeading(text) && TextFolding.IsInCapitals(text.ToString()) && ListItem.StartsBlock(text.ToString()));
        if (first is ')' or ',' or ';' or '.' or '»')
            return true;
        if (text[^1] is '.' or '!' or '?' or ':' or ';')
            return EndsWithAbbreviation(text) && char.IsDigit(first);
        // A heading in capitals may have taken two lines ("… DU" / "CAMPUS"): it still ends there.
        if ((previous.IsSingleLine || (MayBeHeading(text) && TextFolding.IsInCapitals(text.ToString()))) && isHeading(text.ToString()))
            return false;
        if (first == '(')
            return true;
        if (blankBetween || isHeading(next))
            return false;
        // With no blank line, an unfinished sentence goes on, unless it is one short line: a title.
        return !previous.IsSingleLine || previous.LastLineLength >= options.FullLineRatio * width;
    }

    /// <summary>The paragraph being built, and where its last source line starts (the width rule measures that line).</summary>
    private sealed class ParagraphBuffer
    {
        private int lastLineStart;
        private bool apartAbove;

        public StringBuilder Text { get; } = new();

        public int? Page { get; private set; }

        /// <summary>The style every line of the paragraph has.</summary>
        public LineStyle Style { get; private set; }

        public bool IsEmpty => Text.Length == 0;

        public int LastLineLength => Text.Length - lastLineStart;

        public bool IsSingleLine => lastLineStart == 0;

        public void Start(string line, int? page, LineStyle lineStyle, bool setApartAbove)
        {
            Text.Clear().Append(line);
            Page = page;
            lastLineStart = 0;
            Style = lineStyle;
            apartAbove = setApartAbove;
        }

        /// <summary>The paragraph and its form.</summary>
        public JoinedParagraph Close(bool apartBelow)
        {
            var form = (IsSingleLine ? ParagraphForm.SingleLine : 0)
                | (apartAbove ? ParagraphForm.ApartAbove : 0)
                | (apartBelow ? ParagraphForm.ApartBelow : 0)
                | ((Style & LineStyle.Larger) != 0 ? ParagraphForm.Larger : 0)
                | ((Style & LineStyle.Bold) != 0 ? ParagraphForm.Bold : 0)
                | ((Style & LineStyle.Underlined) != 0 ? ParagraphForm.Underlined : 0);
            return new JoinedParagraph(Text.ToString(), Page, form);
        }

        public void Append(string next)
        {
            if (EndsWithHyphenatedWord(Text))
            {
                if (!KeepsHyphen(Text, next))
                    Text.Length--;
            }
            else if (!IsRangeOfNumbers(Text, next) && Text[^1] != '\'')
            {
                Text.Append(' ');
            }
            lastLineStart = Text.Length;
            Text.Append(next);
        }
    }

    // "2028-" + "2032": a range of numbers broken at its dash is one word.
    private static bool IsRangeOfNumbers(StringBuilder text, string next) =>
        text.Length >= 2 && text[^1] == '-' && char.IsDigit(text[^2]) && char.IsDigit(next[0]);

    private static bool EndsWithHyphenatedWord(StringBuilder text) =>
        text.Length >= 2 && text[^1] == '-' && char.IsLetter(text[^2]);

    // "Hauts-de-" + "France", "Saint-" + "Quentin", "Celle-" + "ci" keep their hyphen; "forma-" + "tions" loses it.
    private static bool KeepsHyphen(StringBuilder previous, string next)
    {
        if (char.IsUpper(next[0]) || char.IsDigit(next[0]))
            return true;
        var wordStart = previous.Length - 1;
        while (wordStart > 0 && !char.IsWhiteSpace(previous[wordStart - 1]))
            wordStart--;
        for (var i = wordStart; i < previous.Length - 1; i++)
        {
            if (previous[i] == '-')
                return true;
        }
        var firstWord = new string(next.TakeWhile(char.IsLetter).ToArray());
        return CompoundParticles.Contains(firstWord);
    }

    private static readonly HashSet<string> CompoundParticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "ci", "là", "même", "mêmes", "t", "il", "elle", "on", "ils", "elles", "de", "du", "des", "la", "le", "les",
        "sur", "en", "lès", "dessus", "dessous", "y", "vous", "nous", "moi", "toi", "lui", "leur", "eux", "delà", "clé", "clés",
    };

    // Only a paragraph as short as a heading is looked at whole: a long one's every line would scan it again.
    private static bool MayBeHeading(StringBuilder text) => text.Length <= HeadingReach;

    /// <summary>Longest paragraph a heading (two lines of one included) may make; longer ones are body text.</summary>
    private const int HeadingReach = 160;

    /// <summary>Longest line that may be a heading's number alone ("Deuxième partie :").</summary>
    private const int NumberReach = 24;

    private static bool EndsWithContinuation(StringBuilder text)
    {
        var last = text[^1];
        if (last is ',' or '(' or '«' or '/' or '&' or '\'' or '"' or '–' or '-' or '+')
            return true;
        var wordStart = text.Length;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            wordStart--;
        var word = text.ToString(wordStart, text.Length - wordStart);
        return FunctionWords.Contains(word);
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "du", "des", "la", "le", "les", "un", "une", "et", "ou", "à", "au", "aux", "en", "par", "pour", "sur",
        "avec", "dans", "entre", "sous", "que", "qui", "dont", "ni", "mais", "son", "sa", "ses", "leur", "leurs",
        "ce", "cet", "cette", "ces", "notre", "votre", "vers", "chez", "afin", "ainsi", "dès", "depuis", "selon",
    };

    private static bool EndsWithAbbreviation(StringBuilder text) =>
        Abbreviation().IsMatch(text.ToString(Math.Max(0, text.Length - 8), Math.Min(8, text.Length)));

    // "Séance du 24 mars 2028", "Séance plénière du …", "Réunion du bureau du …", "Assemblée générale
    // du …", "Consultation écrite du CoRE du …": a meeting's line, whole (a few words may name the body).
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:Séance|Réunion|Session|Assemblée plénière|Assemblée générale|Conseil d'administration|Commission permanente|Consultation écrite)(?:[ \u00A0]+[\p{L}'’\-]+){0,4}?[ \u00A0]+(?:du|le)[ \u00A0]+\d{1,2}(?:er)?[ \u00A0]+\p{Ll}+[ \u00A0]+\d{4}[ \u00A0]*$")]
    private static partial System.Text.RegularExpressions.Regex MeetingLine();

    // Month abbreviations and the like end with a dot but not the sentence: "(janv." + "2026, …".
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:janv|févr|fév|avr|juil|sept|oct|nov|déc|p|cf|art|n°)\.$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Abbreviation();

    private int UsualWidth(IReadOnlyList<CleanLine> lines)
    {
        var lengths = lines.Where(l => l.Text.Length > 0).Select(l => l.Text.Length).Order().ToArray();
        if (lengths.Length == 0)
            return options.MinimumLineWidth;
        var p90 = lengths[(int)Math.Floor(0.9 * (lengths.Length - 1))];
        return Math.Max(p90, options.MinimumLineWidth);
    }
}

using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;
using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Sections;

/// <summary>Options of <see cref="FormHeadingDetector"/>.</summary>
public sealed record FormHeadingOptions
{
    /// <summary>Longest plain or numbered line taken for a heading (capitals: <see cref="Heading.MaxLength"/>).</summary>
    public int MaxLength { get; init; } = 90;

    /// <summary>Most words of a heading that is a plain line.</summary>
    public int MaxPlainWords { get; init; } = 12;

    /// <summary>Most words of a numbered title ending with a full stop ("1. Objet de la saisine."); longer, it is a numbered sentence.</summary>
    public int MaxStoppedTitleWords { get; init; } = 6;

    /// <summary>A paragraph at least this long is body text, whatever its last character.</summary>
    public int BodyLength { get; init; } = 100;

    /// <summary>How many times a form must be used for the document's outline to be that form.</summary>
    public int OutlineMinimum { get; init; } = 2;
}

/// <summary>
/// Finds headings by their form, whatever their wording: a line numbered in any usual style, in
/// capitals, set larger or bolder, or a short plain line set apart above and followed by body text.
/// Lists, dates, signatures, table rows and sentences broken by a bad conversion are not headings.
/// The document's own outline decides the level: the highest form used at least twice makes its
/// sections; other forms after its first heading are sub-headings, left inside their section (a
/// preamble or a summary before the first numbered part is still a section, and so is a vote
/// closing the document after its last part). A heading whose
/// wording a rule knows is always one; with no form used twice, every candidate is one.
/// </summary>
public sealed partial class FormHeadingDetector(IReadOnlyList<IHeadingRule> rules, FormHeadingOptions? options = null) : IHeadingDetector
{
    private readonly FormHeadingOptions options = options ?? new FormHeadingOptions();

    public IReadOnlyList<DetectedHeading> Detect(NormalisedDocument document, CancellationToken cancel = default)
    {
        var candidates = Candidates(document, cancel);
        if (OutlineStyle(candidates) is not { } outline)
            return candidates;
        var firstOfOutline = candidates.First(c => c.Style == outline).Paragraph;
        var closing = ClosingSections(document, candidates, outline);
        return candidates
            .Where(c => c.KnownKind is not null
                || c.Style == outline
                // Capitals or a larger, bolder face outrank a plain line.
                || (outline == HeadingStyle.Plain && c.Style is HeadingStyle.Capitals or HeadingStyle.Emphasised)
                // A preamble or a summary before the first part is a section of its own.
                || (c.Style >= HeadingStyle.Capitals && c.Paragraph < firstOfOutline)
                || closing.Contains(c))
            .ToList();
    }

    // The opinion and its vote after the last numbered part ("Avis du CESER", then "Résultat du
    // vote"): the candidates after the outline's last heading, one or two, unnumbered, each followed
    // by at most two paragraphs. A sub-heading of the last part would be followed by that part's text.
    private static IReadOnlyList<DetectedHeading> ClosingSections(NormalisedDocument document, List<DetectedHeading> candidates, HeadingStyle outline)
    {
        var lastOfOutline = candidates.Last(c => c.Style == outline).Paragraph;
        var after = candidates.Where(c => c.Paragraph > lastOfOutline).ToList();
        if (outline >= HeadingStyle.Capitals || after.Count is 0 or > 2 || after.Any(c => c.Style is not >= HeadingStyle.Capitals && c.KnownKind is null))
            return [];
        for (var i = 0; i < after.Count; i++)
        {
            var next = i + 1 < after.Count ? after[i + 1].Paragraph : document.Paragraphs.Count;
            if (next - after[i].Paragraph - 1 > 2)
                return [];
        }
        return after;
    }

    /// <summary>Every paragraph whose form (or known wording) could make it a heading.</summary>
    public List<DetectedHeading> Candidates(NormalisedDocument document, CancellationToken cancel = default)
    {
        var paragraphs = document.Paragraphs;
        var texts = new string?[paragraphs.Count];
        string TextAt(int i) => texts[i] ??= document.TextOf(paragraphs[i]);
        var candidates = new List<DetectedHeading>();
        var stoppedPlainLines = new List<DetectedHeading>();
        // The first paragraph is the document's title ("RAPPORT ET AVIS …"), part of its header, and
        // so are the lines in capitals printed under a title in capitals with no blank line between
        // ("COMITÉ RÉGIONAL DE L'EMPLOI", then "HAUTS-DE-FRANCE").
        var titleBlock = paragraphs.Count > 0 && Heading.Parse(TextAt(0)) is { IsAllCapitals: true };
        for (var i = 1; i < paragraphs.Count; i++)
        {
            cancel.ThrowIfCancellationRequested();
            // Once a line leaves the title block, none after it is in it (and is not parsed twice for it).
            if (titleBlock)
                titleBlock = (paragraphs[i].Form & ParagraphForm.ApartAbove) == 0 && paragraphs[i].Length <= Heading.MaxLength
                    && Heading.Parse(TextAt(i)) is { IsAllCapitals: true };
            if (titleBlock || paragraphs[i].Length > Heading.MaxLength)
                continue;
            var heading = Heading.Parse(TextAt(i)) ?? DecoratedHeading(i, paragraphs, TextAt);
            if (heading is null)
                continue;
            // Before the first section, "Avis sur …", "Rapport et avis du CESER relatif à …" is the
            // document's title on a line of its own (under the body's name), part of the header.
            // So is the line that names the campus by its label ("Labellisation du Campus des métiers et des
            // qualifications « … »"), printed in bold above the first part.
            if (candidates.Count == 0 && heading.Numbering == HeadingNumbering.None
                && (DocumentTitle().IsMatch(heading.Paragraph) || NamesCampusLabel().IsMatch(heading.Paragraph)))
                continue;
            var known = Known(heading);
            var style = StyleOf(heading, paragraphs[i].Form);
            if (style is { } s && !Fits(s, heading, i, paragraphs, TextAt))
            {
                if (s == HeadingStyle.Plain && IsStoppedPlainTitle(heading, i, paragraphs, TextAt))
                    stoppedPlainLines.Add(new DetectedHeading(i, heading, HeadingStyle.Plain, known));
                style = null;
            }
            if (known is not null || style is not null)
                candidates.Add(new DetectedHeading(i, heading, style, known));
        }
        // "Gouvernance.", "Avis du bureau.": where a plain line of a known wording closes with a full
        // stop, the document's outline does, and its other short plain lines so closed are its titles too.
        if (stoppedPlainLines.Any(c => c.KnownKind is not null))
            candidates = candidates.Concat(stoppedPlainLines.Where(c => c.KnownKind is null)).OrderBy(c => c.Paragraph).ToList();
        return candidates;
    }

    // A plain line closed by one full stop that would be a plain heading without it: a few words, no
    // comma, semicolon or colon inside (a short sentence of the body has its verb and is rarely alone).
    private bool IsStoppedPlainTitle(Heading heading, int index, IReadOnlyList<Paragraph> paragraphs, Func<int, string> textAt)
    {
        var text = heading.Paragraph;
        if (!IsShortAndStopped(text))
            return false;
        var next = index + 1 < paragraphs.Count ? textAt(index + 1) : null;
        return IsPlainHeading(text[..^1], index, textAt, next, index + 2 < paragraphs.Count ? textAt(index + 2) : null);
    }

    // "■ Le contexte régional": a line under a bullet glyph, set apart above and followed by no item,
    // is a heading its layout decorated, read without the glyph (the form rules then ask what a plain
    // line's are asked: no final punctuation, body text after it); before an item it is an item.
    private static Heading? DecoratedHeading(int index, IReadOnlyList<Paragraph> paragraphs, Func<int, string> textAt) =>
        ListItem.IsBullet(textAt(index)) && (paragraphs[index].Form & ParagraphForm.ApartAbove) != 0
        && index + 1 < paragraphs.Count && !ListItem.IsBullet(textAt(index + 1))
            ? Heading.Parse(ListItem.WithoutMarker(textAt(index)))
            : null;

    /// <summary>The kind a rule gives the heading's wording, or null.</summary>
    public SectionKind? Known(Heading heading)
    {
        foreach (var rule in rules)
        {
            if (rule.Match(heading) is { } kind)
                return kind;
        }
        return null;
    }

    // The highest form used often enough to be the document's outline; null when no form is used twice.
    private HeadingStyle? OutlineStyle(List<DetectedHeading> candidates)
    {
        var used = candidates.Where(c => c.Style is not null).GroupBy(c => c.Style!.Value)
            .Where(g => g.Count() >= options.OutlineMinimum).Select(g => g.Key).ToList();
        return used.Count > 0 ? used.Min() : null;
    }

    private HeadingStyle? StyleOf(Heading heading, ParagraphForm form)
    {
        var text = heading.Paragraph;
        if (heading.Numbering != HeadingNumbering.None)
        {
            // A numbered line with no words after its number ("Article 1er" aside) is not a title.
            if (heading.Text.Length == 0 && heading.Numbering != HeadingNumbering.Part)
                return null;
            return heading.Numbering switch
            {
                HeadingNumbering.Part => HeadingStyle.Part,
                HeadingNumbering.Roman => HeadingStyle.Roman,
                HeadingNumbering.Letter => HeadingStyle.Letter,
                HeadingNumbering.Arabic => HeadingStyle.Arabic,
                HeadingNumbering.Decimal => HeadingStyle.Decimal,
                _ => HeadingStyle.LowerLetter,
            };
        }
        if (heading.IsAllCapitals && text.Length <= 80)
            return HeadingStyle.Capitals;
        if ((form & (ParagraphForm.Larger | ParagraphForm.Bold | ParagraphForm.Underlined)) != 0)
            return HeadingStyle.Emphasised;
        if ((form & (ParagraphForm.SingleLine | ParagraphForm.ApartAbove)) == (ParagraphForm.SingleLine | ParagraphForm.ApartAbove))
            return HeadingStyle.Plain;
        return null;
    }

    // What the form alone does not tell: the line's own shape and what stands around it.
    private bool Fits(HeadingStyle style, Heading heading, int index, IReadOnlyList<Paragraph> paragraphs, Func<int, string> textAt)
    {
        var text = heading.Paragraph;
        // After a part's number the title may start in lower case ("Première partie : le diagnostic").
        var opening = heading.Text.Length > 0 && heading.Numbering != HeadingNumbering.Part ? heading.Text : text;
        if (!char.IsUpper(FirstLetter(opening)) || IsNotATitle(text))
            return false;
        var next = index + 1 < paragraphs.Count ? textAt(index + 1) : null;
        switch (style)
        {
            case HeadingStyle.Roman or HeadingStyle.Letter or HeadingStyle.Part or HeadingStyle.Capitals:
                return true;
            case HeadingStyle.Arabic or HeadingStyle.Decimal or HeadingStyle.LowerLetter:
                // A numbered item of a list: short, with no final full stop, and not next to another item.
                return text.Length <= options.MaxLength && (text[^1] != '.' || IsStoppedTitle(heading, paragraphs[index].Form))
                    && !IsNumberedAlike(next, heading.Numbering) && !(index > 0 && IsNumberedAlike(textAt(index - 1), heading.Numbering));
            case HeadingStyle.Emphasised:
                return text[^1] is not ('.' or ';' or ',') && next is not null;
            default:
                return IsPlainHeading(text, index, textAt, next, index + 2 < paragraphs.Count ? textAt(index + 2) : null);
        }
    }

    // "1. Objet de la saisine.": some outlines close their numbered titles with a full stop. A title
    // of a few words, with no comma, semicolon or colon inside, alone on its line and set apart above;
    // a numbered sentence of a list is longer or has neighbours numbered alike.
    private bool IsStoppedTitle(Heading heading, ParagraphForm form)
    {
        return (form & (ParagraphForm.SingleLine | ParagraphForm.ApartAbove)) == (ParagraphForm.SingleLine | ParagraphForm.ApartAbove)
            && IsShortAndStopped(heading.Text);
    }

    // What both kinds of stopped title share: closed by one full stop (not an ellipsis), a few words,
    // no comma, semicolon or colon inside.
    private bool IsShortAndStopped(string title) =>
        title.Length > 2 && title[^1] == '.' && title[^2] != '.' && title.IndexOfAny([',', ';', ':']) < 0 && WordCount(title) <= options.MaxStoppedTitleWords;

    private bool IsPlainHeading(string text, int index, Func<int, string> textAt, string? next, string? afterNext)
    {
        if (index == 0 || next is null || text.Length > options.MaxLength || WordCount(text) > options.MaxPlainWords)
            return false;
        // "Observations des membres :" before a paragraph is a title; before a list it introduces the list.
        var colon = text[^1] == ':';
        if (!(char.IsLetterOrDigit(text[^1]) || text[^1] is ')' or '?' or '»' or '"' || colon))
            return false;
        if (colon && ListItem.StartsBlock(next))
            return false;
        // A title opens body text; between two items it titles the rest of the list.
        if (ListItem.StartsBlock(textAt(index - 1)) && ListItem.StartsBlock(next))
            return false;
        // A short sentence announcing a list ("Le projet s'organise autour de trois priorités :") is
        // body text however short, and a title may stand above it ("Les préconisations du CESER",
        // then "Le CESER préconise :"): a sentence of three words at least.
        return ListItem.StartsBlock(next) || next.Length >= options.BodyLength || (EndsParagraph(next) && next.Length >= 2 * text.Length)
            || (next[^1] == ':' && afterNext is not null && ListItem.StartsBlock(afterNext) && WordCount(next) >= 3);
    }

    private static bool EndsParagraph(string text) => text[^1] is '.' or '!' or '?' or ':' or ';' or '»' or ')' or '"';

    // Two neighbours numbered alike are items of one list ("1. Chimie", "2. Énergie"); "1. Contexte"
    // before "1.1 Le territoire" is not, nor an item in lower case ("4. accompagner …;") or a long
    // sentence ("1. Le comité demande que …, dès la rentrée.") next to "3. Les recommandations":
    // such an item is never a heading, so it says nothing of its neighbour.
    private bool IsNumberedAlike(string? text, HeadingNumbering numbering) =>
        text is not null && Heading.NumberingOf(text) == numbering
        && !(ListItem.TryParseNumbered(text, out _, out var item) && item.Length > 0
             && (char.IsLower(item[0]) || (item[^1] == '.' && WordCount(item) > 2 * options.MaxStoppedTitleWords)));

    // Dates, titles, signatures, addresses, table rows and bylines ("Rapporteur : Mme …", a person named
    // by her title) have the form of a short line but are not titles.
    private static bool IsNotATitle(string text) =>
        FrenchDate.FindFirst(text) is not null || NotATitle().IsMatch(text) || text.Count(char.IsLetter) < 4;

    private static char FirstLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
                return c;
            if (char.IsDigit(c))
                return 'A';
        }
        return 'a';
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // A line with a document number ("Avis n° 2019-1234 sur …") is the document's title, not a section's;
    // a table of contents' entry ("I. Le contexte ........ 3") names a section elsewhere.
    [GeneratedRegex(@"(?:\.{4,}|…{2,}|(?:\. ){3,})[ \u00A0]*\d*[ \u00A0]*$|\b[nN]°\s*\w*\s*\d|@|https?:|www\.|\t| {3,}|^(?:Le|La) (?:Président|Présidente|Secrétaire|Rapporteur|Rapporteure|Préfet|Préfète)\b|^(?:Pour ?:|Pour (?:(?:le|la) |l['’])?\p{Lu}|Pour (?:ordre|copie|extrait)\b|P\.O\.|Signé|Fait à)|\bTél\b|^Page \d|^(?:Rapporteu(?:r|re|rs|ses?)|Président(?:e)?|Vice-président(?:e)?|Secrétaire|Auteure?s?|Contact|Référente?)[ \u00A0]*:|\b(?:Mme|Mlle|M\.)[ \u00A0]+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex NotATitle();

    [GeneratedRegex(@"^(?i:(?:projet\s+d['’])?avis|rapport(?:\s+et\s+avis)?|d[ée]lib[ée]ration|contribution)(?:\s+[\p{L}'’-]+){0,6}?\s+(?i:sur|relatif|relative|concernant|portant)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentTitle();

    [GeneratedRegex(@"\b[Cc]ampus des [Mm][ée]tiers et des [Qq]ualifications\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamesCampusLabel();
}

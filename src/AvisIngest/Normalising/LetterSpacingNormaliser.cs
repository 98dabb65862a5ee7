namespace AvisIngest.Normalising;

/// <summary>
/// A title set with its letters spaced out ("P R É A M B U L E", "O B S E R V A T I O N S   G É N É R A L E S",
/// as a layout or a converter leaves it) becomes its words ("PRÉAMBULE", "OBSERVATIONS GÉNÉRALES"):
/// single letters one space apart make a word, a wider gap separates words. Runs before
/// <see cref="SpaceNormaliser"/>, which would close the wider gaps.
/// </summary>
public sealed class LetterSpacingNormaliser : ILineNormaliser
{
    /// <summary>Fewest spaced letters read as one word: "à l'a" or "A B" are not a spaced title.</summary>
    public const int MinimumLetters = 4;

    public string Normalise(string line)
    {
        var start = 0;
        while (start < line.Length && char.IsWhiteSpace(line[start]))
            start++;
        // Most lines fail on their second character: a letter followed by another letter.
        if (line.Length - start < 2 * MinimumLetters - 1 || !char.IsLetter(line[start]) || line[start + 1] != ' ')
            return line;
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        var letters = 0;
        var i = start;
        while (i < line.Length)
        {
            var c = line[i];
            if (!char.IsLetter(c))
                return line;
            // Each token is one letter: a second letter in a row is an ordinary word.
            if (i + 1 < line.Length && !char.IsWhiteSpace(line[i + 1]))
                return line;
            word.Append(c);
            letters++;
            var gap = 0;
            i++;
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                gap++;
                i++;
            }
            if (gap > 1 || i == line.Length)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        // A lone letter may be a word between others ("R E C O U R S   À   L A …"), not all of them.
        return letters >= MinimumLetters && words.Any(w => w.Length >= 3) ? string.Join(' ', words) : line;
    }
}

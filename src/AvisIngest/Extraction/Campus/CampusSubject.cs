using AvisIngest.Normalising;

namespace AvisIngest.Extraction.Campus;

/// <summary>Whether a text that states an opinion's subject (its title, or its opening) names a campus of trades and qualifications.</summary>
public static class CampusSubject
{
    /// <summary>How much of the text's start is read for its subject when it has no title.</summary>
    public const int OpeningLength = 600;

    public static bool IsNamedIn(string subject)
    {
        var folded = TextFolding.Fold(subject);
        return folded.Contains("campus") || folded.Contains("cmq");
    }

    /// <summary>The opening of a normalised text, where its title is.</summary>
    public static string OpeningOf(string text) => text[..Math.Min(text.Length, OpeningLength)];
}

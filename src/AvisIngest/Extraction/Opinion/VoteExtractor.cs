using System.Globalization;
using System.Text.RegularExpressions;
using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Opinion;

/// <summary>
/// Majority or unanimity, and the tally when the document gives one ("Pour : 98 Contre : 12
/// Abstentions : 4", "adopté par 45 voix pour, 3 contre et 2 abstentions"), from the opinion section
/// (or the whole text, where an adoption page gives it). "Unanimité des suffrages exprimés" is
/// unanimity. With a tally and no word for the vote, no vote against is unanimity, else majority.
/// </summary>
public sealed partial class VoteExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var folded = TextFolding.Fold(string.Join('\n', OpinionScope.Paragraphs(context)));
        var unanimity = folded.Contains("unanimite") || folded.Contains("unanimement");
        var majority = folded.Contains("a la majorite") || folded.Contains("majorite des");
        if (unanimity && majority)
            record.Warnings.Add("vote : « unanimité » et « majorité » sont tous deux écrits ; l'unanimité est retenue");
        record.Opinion.Votes = Tally(folded);
        record.Opinion.Vote = unanimity ? Vote.Unanimity
            : majority ? Vote.Majority
            : record.Opinion.Votes is { } votes ? (votes.Against == 0 ? Vote.Unanimity : Vote.Majority)
            : null;
    }

    private static VoteTally? Tally(string folded)
    {
        var match = Labelled().Match(folded);
        if (!match.Success)
            match = Counted().Match(folded);
        return match.Success ? new VoteTally(Number(match, "for"), Number(match, "against"), Number(match, "abstentions")) : null;
    }

    private static int Number(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    // "Pour : 98 ... Contre : 12 ... Abstentions : 4" (the order of a results table; abstentions may be absent).
    [GeneratedRegex(@"\bpour\s*:\s*(?<for>\d{1,4})\b[^\d]{0,40}?\bcontre\s*:\s*(?<against>\d{1,4})\b(?:[^\d]{0,40}?\babstentions?\s*:\s*(?<abstentions>\d{1,4})\b)?")]
    private static partial Regex Labelled();

    // "45 voix pour, 3 (voix) contre et 2 abstentions".
    [GeneratedRegex(@"\b(?<for>\d{1,4}) voix pour\b[^\d]{0,15}?(?<against>\d{1,4}) (?:voix )?contre\b(?:[^\d]{0,15}?(?<abstentions>\d{1,4}) abstentions?\b)?")]
    private static partial Regex Counted();
}

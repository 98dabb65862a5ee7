using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Opinion;

/// <summary>Majority or unanimity, from the opinion section.</summary>
public sealed class VoteExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var folded = TextFolding.Fold(string.Join('\n', OpinionScope.Paragraphs(context)));
        var unanimity = folded.Contains("unanimite") || folded.Contains("unanimement");
        var majority = folded.Contains("a la majorite") || folded.Contains("majorite des");
        if (unanimity && majority)
            record.Warnings.Add("vote : « unanimité » et « majorité » sont tous deux écrits ; l'unanimité est retenue");
        record.Opinion.Vote = unanimity ? Vote.Unanimity : majority ? Vote.Majority : null;
    }
}

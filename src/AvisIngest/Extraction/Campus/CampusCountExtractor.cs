using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Campus;

/// <summary>
/// One count stated about the campus ("63 membres", "près de 10 000 apprenants", "quatre-vingts
/// formations"), with its approximation flag. One instance per counted noun.
/// </summary>
public sealed class CampusCountExtractor : IFieldExtractor
{
    private readonly KeywordWindow pattern;
    private readonly Action<Records.Campus, int, bool> set;

    private CampusCountExtractor(string nouns, Action<Records.Campus, int, bool> set)
    {
        var options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | Pipeline.RunTimeRegex.Options;
        pattern = new KeywordWindow(
            new Regex(@"\b(?:" + nouns + @")\b", options),
            new Regex(@"(?:(?<round>" + FrenchNumber.RoundPattern + @")|(?:(?<approx>" + Approximation.Pattern + @"))?(?<n>" + FrenchNumber.Pattern + @")\s+)(?:" + nouns + @")\b", options));
        this.set = set;
    }

    public static CampusCountExtractor Members() =>
        new("membres|partenaires|adhérents", (c, n, approx) => (c.MemberCount, c.MemberCountApproximate) = (n, approx));

    public static CampusCountExtractor Trainings() =>
        new("formations|diplômes|certifications", (c, n, approx) => (c.TrainingCount, c.TrainingCountApproximate) = (n, approx));

    public static CampusCountExtractor Learners() =>
        new("apprenants|élèves|étudiants|stagiaires|alternants", (c, n, approx) => (c.LearnerCount, c.LearnerCountApproximate) = (n, approx));

    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        if (pattern.FirstMatch(context.CampusDescription()) is not { } match)
            return;
        var round = match.Groups["round"].Success;
        var count = round ? FrenchNumber.ParseRound(match.Groups["round"].Value) : FrenchNumber.Parse(match.Groups["n"].Value);
        if (count is { } n)
            set(record.Campus, n, round || match.Groups["approx"].Success);
    }
}

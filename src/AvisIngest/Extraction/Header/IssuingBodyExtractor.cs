using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Header;

/// <summary>The issuing committee: its name and acronym from the header, its region from the header or the opinion.</summary>
public sealed partial class IssuingBodyExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var header = context.TextOf(SectionKind.Header);
        // "Avis délibéré de la mission régionale d'autorité environnementale Hauts-de-France sur …"
        // Not on a "Vu …" line, which cites another body's opinion ("Vu l'avis de la commission « formation » …").
        var name = Name().Matches(header).FirstOrDefault(m => !CitationLine().IsMatch(header.AsSpan(LineStart(header, m.Index))));
        if (name is not null)
            record.Body.Name = Capitalised(name.Groups["name"].Value.Trim().TrimEnd(','));
        // Else a letterhead above the title: "Conseil économique, social et environnemental régional
        // Hauts-de-France", the region apart. "Avis de la commission permanente" under a letterhead
        // names the body's organ that adopted it, not the body.
        if ((record.Body.Name is null || Organ().IsMatch(record.Body.Name))
            && context.ParagraphsOf(SectionKind.Header).FirstOrDefault() is { } first && Letterhead().IsMatch(first))
            record.Body.Name = Gazetteer.WithoutTrailingRegion(InSentenceCase(first, context.Document.Text));
        // Else "la mission régionale d'autorité environnementale (MRAe)": a body named with its acronym.
        var named = NamedWithAcronym().Match(header.Length > 0 ? header : context.Document.Text);
        if (record.Body.Name is null && named.Success)
            record.Body.Name = Capitalised(named.Groups["name"].Value.Trim());
        var acronym = Acronym().Match(header.Length > 0 ? header : context.Document.Text);
        if (!acronym.Success)
            acronym = Acronym().Match(context.Document.Text);
        if (acronym.Success)
            record.Body.Acronym = acronym.Value;
        // Else the name its acronym stands for: "Avis du CESER Bretagne" names the regional council.
        if (record.Body.Name is null && record.Body.Acronym is { } known && NamesOfAcronyms.TryGetValue(known, out var full))
            record.Body.Name = full;
        if (record.Body.Name is { } found && AcronymOfName(found) is { } itsAcronym)
        {
            // One body, one name: "COMITÉ RÉGIONAL POUR L'EMPLOI", "Comité Régional de l'Emploi" are the CoRE.
            record.Body.Name = NamesOfAcronyms[itsAcronym];
            record.Body.Acronym = itsAcronym;
        }
        else if (record.Body.Name is { } other)
        {
            // "Avis du bureau du CRHH" under "COMITÉ RÉGIONAL DE L'HABITAT ET DE L'HÉBERGEMENT": an
            // acronym of the header made of the name's initials is the body's.
            record.Body.Acronym ??= CapitalWords().Matches(header).Select(m => m.Value).FirstOrDefault(a => AcronymInitials.Spell(a, other))
                ?? CapitalWords().Matches(context.Document.Text).Select(m => m.Value).FirstOrDefault(a => AcronymInitials.Spell(a, other));
        }
        record.Body.Region = Gazetteer.FrenchRegions.FirstIn(header)
            ?? Gazetteer.FrenchRegions.FirstIn(context.TextOf(SectionKind.Opinion));
    }

    // The bodies of Acronym(), by their names in the texts that create them (COREF has no single one).
    private static readonly Dictionary<string, string> NamesOfAcronyms = new(StringComparer.Ordinal)
    {
        ["CoRE"] = "Comité régional pour l'emploi",
        ["CREFOP"] = "Comité régional de l'emploi, de la formation et de l'orientation professionnelles",
        ["CESER"] = "Conseil économique, social et environnemental régional",
        ["CESE"] = "Conseil économique, social et environnemental",
        ["MRAe"] = "Mission régionale d'autorité environnementale",
        ["CNEFOP"] = "Conseil national de l'emploi, de la formation et de l'orientation professionnelles",
    };

    // Other names the bodies go by in their own letterheads.
    private static readonly Dictionary<string, string> OtherNames = new(StringComparer.Ordinal)
    {
        [KeyOf("Comité régional de l'emploi")] = "CoRE",
    };

    private static string? AcronymOfName(string name)
    {
        var key = KeyOf(name);
        return NamesOfAcronyms.FirstOrDefault(n => KeyOf(n.Value) == key).Key ?? OtherNames.GetValueOrDefault(key);
    }

    private static string KeyOf(string name) => Extraction.Organizations.OrganizationCatalogue.KeyOf(name);

    private static string Capitalised(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private static int LineStart(string text, int index) => index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;

    [GeneratedRegex(@"^Vu\b")]
    private static partial Regex CitationLine();

    // "CHAMBRE DE MÉTIERS ET DE L'ARTISANAT DE RÉGION HAUTS-DE-FRANCE": a letterhead in capitals, written as a name is:
    // as the text writes it where it names itself ("Le comité de bassin Artois-Picardie a été saisi"), else in lower case.
    private static string InSentenceCase(string line, string text)
    {
        if (!Normalising.TextFolding.IsInCapitals(line))
            return line;
        for (var from = text.IndexOf(line, StringComparison.OrdinalIgnoreCase); from >= 0; from = text.IndexOf(line, from + line.Length, StringComparison.OrdinalIgnoreCase))
        {
            var written = text.Substring(from, line.Length);
            if (!Normalising.TextFolding.IsInCapitals(written))
                return Capitalised(written);
        }
        var lower = Capitalised(line.ToLowerInvariant());
        // Its region, the only proper name such a letterhead ends with, keeps its capitals.
        if (Gazetteer.FrenchRegions.FirstIn(line) is { } region && lower.LastIndexOf(region, StringComparison.OrdinalIgnoreCase) is var at and >= 0)
            return lower[..at] + region + lower[(at + region.Length)..];
        return lower;
    }


    // The name ends before the acronym, the number, the region, or what the opinion is about ("sur", "relatif").
    [GeneratedRegex(@"Avis(?: délibéré| simple)? (?:du |de la |de l')(?<name>(?:Comité|Conseil|Conférence|Commission|Mission|Autorité|Assemblée|Haut conseil)[^\n]*?)(?=\s*(?:\(|N\s?°|n\s?°|$|\n|\s-\s|\s(?:sur|relatif|relative|concernant|portant|de la région|Hauts-de-France|Grand Est|Normandie|Bretagne|Occitanie|Nouvelle-Aquitaine|Auvergne-Rhône-Alpes|Île-de-France)\b))", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex Name();

    // A body's name alone, as a letterhead: its kind first, no sentence, no number.
    [GeneratedRegex(@"^(?:Comité|Conseil|Conférence|Commission|Mission|Autorité|Assemblée|Haut conseil|Chambre)\b[^.;:()\d\n]{10,150}$", RegexOptions.IgnoreCase)]
    private static partial Regex Letterhead();

    // The organs of a body that adopt its opinions in its name (a bureau is never read as a body: Name() takes no "Bureau").
    [GeneratedRegex(@"^(?:Commission permanente|Commission spécialisée|Assemblée plénière)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Organ();

    [GeneratedRegex(@"(?<name>(?:comité|conseil|commission|mission|autorité)\s[^()\n]{5,110}?)\s*\((?:CoRE|CREFOP|CESER|CESE|COREF|MRAe|CNEFOP)\)", RegexOptions.IgnoreCase)]
    private static partial Regex NamedWithAcronym();

    [GeneratedRegex(@"\b(?:CoRE|CREFOP|CESER|CESE|COREF|MRAe|CNEFOP)\b")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"\b\p{Lu}{3,8}\b")]
    private static partial Regex CapitalWords();
}

using AvisIngest.Records;

namespace AvisIngest.Extraction.Organizations;

/// <summary>Organisations labelled, found, found right (by name or acronym), and right with their category too.</summary>
public sealed record OrganizationScores(int Labelled, int Found, int Right, int CategoriesRight)
{
    public static readonly OrganizationScores Zero = new(0, 0, 0, 0);

    public double Precision => Found == 0 ? 0 : (double)Right / Found;

    public double Recall => Labelled == 0 ? 0 : (double)Right / Labelled;

    public static OrganizationScores operator +(OrganizationScores a, OrganizationScores b) =>
        new(a.Labelled + b.Labelled, a.Found + b.Found, a.Right + b.Right, a.CategoriesRight + b.CategoriesRight);

    /// <summary>
    /// A found organisation is right when it is a labelled one no other found organisation was
    /// already: one organisation listed twice under two names ("Ifremer" and its full name) counts
    /// once right and once wrong, as it would count twice in a user's statistics.
    /// </summary>
    public static OrganizationScores Of(IReadOnlyList<Organization> found, IReadOnlyList<Organization> labels)
    {
        var matched = new HashSet<Organization>(ReferenceEqualityComparer.Instance);
        var right = 0;
        foreach (var f in found)
        {
            if (labels.FirstOrDefault(l => !matched.Contains(l) && Same(f, l)) is { } label)
            {
                matched.Add(label);
                right++;
            }
        }
        var categories = labels.Count(l => found.Any(f => Same(f, l) && f.Category == l.Category));
        return new OrganizationScores(labels.Count, found.Count, right, categories);
    }

    /// <summary>Two names of one organisation: the same name or acronym, or one's name is the other's acronym.</summary>
    public static bool Same(Organization a, Organization b)
    {
        static string Key(string s) => OrganizationCatalogue.KeyOf(s);
        return Key(a.Name) == Key(b.Name)
            || (a.Acronym is not null && (Key(a.Acronym) == Key(b.Name) || (b.Acronym is not null && Key(a.Acronym) == Key(b.Acronym))))
            || (b.Acronym is not null && Key(b.Acronym) == Key(a.Name));
    }

    /// <summary>The labelled organisations by document (corpus/labels/organizations.tsv: document, name, acronym, category).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Organization>> LoadLabels(string tsvPath)
    {
        var corpus = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(tsvPath)))!;
        var labels = new Dictionary<string, List<Organization>>();
        foreach (var (line, number) in File.ReadLines(tsvPath).Select((l, i) => (l, i + 1)).Skip(1))
        {
            if (line.Length == 0)
                continue;
            var f = line.Split('\t');
            if (f.Length != 4 || !RecordCodes.TryParse<OrganizationCategory>(f[3], out var category))
                throw new InvalidDataException($"{tsvPath}, ligne {number} : il faut les colonnes document, name, acronym, category (une catégorie connue)");
            var document = Path.Combine(corpus, f[0]);
            if (!labels.TryGetValue(document, out var list))
                labels[document] = list = [];
            list.Add(new Organization(f[1], f[2].Length > 0 ? f[2] : null, category));
        }
        return labels.ToDictionary(l => l.Key, l => (IReadOnlyList<Organization>)l.Value);
    }
}

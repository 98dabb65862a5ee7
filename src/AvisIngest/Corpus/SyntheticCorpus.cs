using System.Globalization;

namespace AvisIngest.Corpus;

/// <summary>
/// Variants of a real opinion for benchmarks and import tests: the same text with a new opinion
/// number and consultation year, so that each variant is a distinct opinion with a realistic body.
/// </summary>
public static class SyntheticCorpus
{
    /// <summary>The number of the i-th variant: up to 2.6 million distinct numbers ("2003CB017").</summary>
    public static string NumberOf(int i)
    {
        var sequence = i % 999 + 1;
        var year = 2000 + i / 999 % 100;
        var letter = (char)('A' + i / 99_900 % 26);
        return string.Create(CultureInfo.InvariantCulture, $"{year}C{letter}{sequence:000}");
    }

    /// <summary>The seed text with its number replaced by variant <paramref name="i"/>'s, and a consultation year varying with it.</summary>
    public static string Variant(string seedText, string seedNumber, int i)
    {
        var year = 2016 + i % 10;
        return seedText.Replace(seedNumber, NumberOf(i), StringComparison.Ordinal)
            .Replace("janvier 2026", $"janvier {year}", StringComparison.Ordinal);
    }

    /// <summary>Writes <paramref name="count"/> variants of each seed into <paramref name="folder"/>, as .txt files.</summary>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<(string Text, string Number)> seeds, int count)
    {
        Directory.CreateDirectory(folder);
        var files = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var (text, number) = seeds[i % seeds.Count];
            var path = Path.Combine(folder, $"avis-{NumberOf(i)}.txt");
            File.WriteAllText(path, Variant(text, number, i));
            files.Add(path);
        }
        return files;
    }
}

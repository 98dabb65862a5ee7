namespace AvisIngest.Corpus;

/// <summary>
/// A list of labelled documents held out of all tuning (corpus/labels/held-out-*.txt): one file name
/// a line, lines starting with "#" are comments saying when each joined. Measured, never trained on.
/// </summary>
public static class HeldOutList
{
    public static IReadOnlySet<string> Load(string path) =>
        File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
}

using AvisIngest.Indexing;
using AvisIngest.Records;

namespace AvisIngest.Ingest;

/// <summary>
/// Which file stands for an opinion found in two files (its .txt and its .pdf, a scan, or two copies):
/// a text layer before OCR (a scan's text is the least sure); then the PDF, which is the original and
/// gives page numbers; between two files of one format, the more recently modified; then the first by path. The rule is a total order, so importing the same folders again
/// always keeps the same file.
/// </summary>
public static class SourcePreference
{
    /// <summary>Whether <paramref name="candidate"/> should replace <paramref name="kept"/>, and why, in French.</summary>
    public static (bool Replaces, string Why) Compare(IndexedSource kept, IndexedSource candidate)
    {
        if (candidate.Ocr != kept.Ocr)
            return (!candidate.Ocr, "le texte d'origine est gardé plutôt que celui lu par OCR");
        if (candidate.Format != kept.Format)
        {
            return (candidate.Format == SourceFormat.Pdf,
                "le PDF est gardé : c'est l'original et il donne les numéros de page");
        }
        if (candidate.ModifiedTicks != kept.ModifiedTicks)
            return (candidate.ModifiedTicks > kept.ModifiedTicks, "le fichier le plus récent est gardé");
        return (string.CompareOrdinal(candidate.Path, kept.Path) < 0, "à date égale, le premier chemin par ordre alphabétique est gardé");
    }
}

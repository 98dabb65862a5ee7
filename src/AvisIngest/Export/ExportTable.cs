namespace AvisIngest.Export;

/// <summary>The tables `avis export` writes: one row per opinion, or one row per item of a list, keyed by the opinion's id.</summary>
public enum ExportTable
{
    Opinions,
    Axes,
    Organizations,
    Sites,
    Sections,
    Perspectives,
    Reservations,
    Recommendations,
}

namespace AvisIngest.Indexing;

/// <summary>
/// The index's field names. Each opinion is one "opinion" document (its record as JSON and its
/// provenance) followed by one "section" document per section (its text, searchable), all sharing
/// the opinion's id so that they are replaced together.
/// </summary>
public static class IndexFields
{
    public const string Type = "type";
    public const string OpinionType = "opinion";
    public const string SectionType = "section";

    public const string Id = "id";
    public const string ContentHash = "hash";
    public const string SourcePath = "path";
    public const string SourceFormat = "format";
    public const string SourceModified = "mtime";
    public const string SourceSize = "size";
    public const string SourceOcr = "ocr";
    public const string Record = "record";

    /// <summary>Filter keys, lower case: campus acronym, consultation year, outcome code, section kind.</summary>
    public const string Campus = "campus";
    public const string Year = "year";
    public const string Outcome = "outcome";
    public const string Kind = "kind";

    /// <summary>Stored for display with each hit.</summary>
    public const string CampusDisplay = "campus_display";
    public const string Date = "date";

    public const string Text = "text";
}

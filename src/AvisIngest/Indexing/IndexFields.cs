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

    /// <summary>The extraction version that made the record: an import re-reads files made by an older one.</summary>
    public const string Extraction = "extraction";

    /// <summary>One filter key per organisation name and acronym, on the opinion document only (sections follow it through their block).</summary>
    public const string Organisation = "org";

    /// <summary>Each organisation's name as the record gives it, in sorted-set doc values of the opinion document (counts by organisation).</summary>
    public const string OrganisationName = "org_name";

    /// <summary>Filter keys, lower case: campus acronym, consultation year, outcome code, section kind.</summary>
    public const string Campus = "campus";
    public const string Year = "year";
    public const string Outcome = "outcome";
    public const string Kind = "kind";

    /// <summary>The campus acronym as written, stored and in doc values, for display with each hit.</summary>
    public const string CampusDisplay = "campus_display";

    /// <summary>An opinion's consultation date (yyyy-MM-dd), stored and in sorted doc values (see <see cref="DisplayValues"/>).</summary>
    public const string Date = "date";

    /// <summary>The SHA-256 of a scanned source file's bytes (stored; see <see cref="IndexedSource.FileHash"/>).</summary>
    public const string FileHash = "filehash";

    /// <summary>The opinion's subject line, in binary doc values of its opinion document (shown with each hit).</summary>
    public const string Title = "title";

    /// <summary>The issuing body as one line, in binary doc values of the opinion document (shown with each hit).</summary>
    public const string Body = "body";

    /// <summary>Filter keys of the acronyms of a campus's former names ("(INIC)"), so that a campus's history finds them.</summary>
    public const string CampusAlias = "campus_alias";

    /// <summary>
    /// A section's text: indexed with the French analyser and kept in binary doc values for snippets
    /// (see <see cref="DisplayValues"/>); stored only by indexes written before 2026-11-23.
    /// </summary>
    public const string Text = "text";
}

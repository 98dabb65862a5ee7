using AvisIngest.Records;

namespace AvisIngest.Reading;

/// <summary>A file as a reader delivers it: raw lines page by page, before any normalisation.</summary>
public sealed record SourceDocument(
    string Path,
    SourceFormat Format,
    string Sha256,
    string? Encoding,
    int? PageCount,
    IReadOnlyList<SourcePage> Pages,
    IReadOnlyList<string> Warnings);

/// <summary>The raw lines of one page; <see cref="Number"/> is null for formats without pages.</summary>
public sealed record SourcePage(int? Number, IReadOnlyList<string> Lines);

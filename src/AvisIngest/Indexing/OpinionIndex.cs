using AvisIngest.Records;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace AvisIngest.Indexing;

/// <summary>
/// The embedded index in one folder: created on first write, read by search, show and stats. No
/// server: each command opens the folder it is given.
/// </summary>
public sealed class OpinionIndex(string directory)
{
    public string DirectoryPath { get; } = Path.GetFullPath(directory);

    public bool Exists => System.IO.Directory.Exists(DirectoryPath) && System.IO.Directory.EnumerateFiles(DirectoryPath, "segments*").Any();

    /// <summary>The file an import holds open exclusively while it writes.</summary>
    public const string ImportLockFile = "avis-import.lock";

    /// <summary>
    /// A random identity written when the index is created: a reader (the server) tells an index
    /// rebuilt at the same path from the one it opened, whose segment names the new one reuses.
    /// </summary>
    public const string IdentityFile = "avis-index.id";

    /// <summary>The identity of the index now in the folder, or null when there is none (or it predates identities).</summary>
    public string? Identity
    {
        get
        {
            try
            {
                return File.ReadAllText(Path.Combine(DirectoryPath, IdentityFile)).Trim();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// Opens the index for writing; throws <see cref="IndexLockedException"/> when another import
    /// holds it. The lock is an exclusive open of <see cref="ImportLockFile"/>, which the system
    /// releases whenever the process ends, even killed (Lucene.Net's own lock did not stop a second
    /// process here, which then deleted the first one's files).
    /// </summary>
    public IndexWriteSession OpenWriter()
    {
        FileStream lockFile;
        if (File.Exists(DirectoryPath))
            throw new IndexUnavailableException($"{DirectoryPath} est un fichier, pas un dossier : indiquez un dossier pour l'index (--index ou AVIS_INDEX)");
        try
        {
            System.IO.Directory.CreateDirectory(DirectoryPath);
            lockFile = new FileStream(Path.Combine(DirectoryPath, ImportLockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new IndexUnavailableException($"index inutilisable dans {DirectoryPath} : {Pipeline.FileFailure.InputOutput(e)}", e);
        }
        catch (IOException e) when (e.GetType() == typeof(IOException) && File.Exists(Path.Combine(DirectoryPath, ImportLockFile)))
        {
            // The lock file is there and another process holds it open.
            throw new IndexLockedException(DirectoryPath, e);
        }
        catch (IOException e)
        {
            // Not another import: a folder that cannot be created (read-only place, full disk).
            throw new IndexUnavailableException($"index inutilisable dans {DirectoryPath} : {Pipeline.FileFailure.InputOutput(e)}", e);
        }

        try
        {
            var identity = Path.Combine(DirectoryPath, IdentityFile);
            if (!Exists || !File.Exists(identity))
                File.WriteAllText(identity, Guid.NewGuid().ToString("N"));
            var directory = FSDirectory.Open(DirectoryPath);
            var config = new IndexWriterConfig(FrenchSearchAnalyzer.Version, new FrenchSearchAnalyzer())
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = 64,
                // Norms are encoded when writing: the same similarity as the searcher's.
                Similarity = new BM25Similarity(),
            };
            return new IndexWriteSession(new IndexWriter(directory, config), lockFile);
        }
        catch (LockObtainFailedException e)
        {
            lockFile.Dispose();
            throw new IndexLockedException(DirectoryPath, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            lockFile.Dispose();
            throw new IndexUnavailableException($"index inutilisable dans {DirectoryPath} : {Pipeline.FileFailure.InputOutput(e)}", e);
        }
    }

    /// <summary>Opens the last committed state for reading; null when nothing was ever imported.</summary>
    public DirectoryReader? OpenReader()
    {
        if (File.Exists(DirectoryPath))
            throw new IndexUnavailableException($"{DirectoryPath} est un fichier, pas un dossier : indiquez le dossier de l'index (--index ou AVIS_INDEX)");
        if (!Exists)
            return null;
        try
        {
            return DirectoryReader.Open(FSDirectory.Open(DirectoryPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CorruptIndexException)
        {
            throw new IndexUnavailableException(e is CorruptIndexException ? $"index illisible dans {DirectoryPath} : fichiers endommagés ; réimportez dans un nouveau dossier" : $"index illisible dans {DirectoryPath} : {Pipeline.FileFailure.InputOutput(e)}", e);
        }
    }

    private static readonly ISet<string> ProvenanceFields = new HashSet<string>
    {
        IndexFields.Id, IndexFields.ContentHash, IndexFields.SourcePath, IndexFields.SourceFormat, IndexFields.SourceModified, IndexFields.SourceSize, IndexFields.SourceOcr, IndexFields.Extraction, IndexFields.FileHash,
    };

    private static readonly ISet<string> KindField = new HashSet<string> { IndexFields.Kind };

    /// <summary>What the index holds of each opinion's source, by id.</summary>
    public static Dictionary<string, IndexedSource> Catalogue(IndexReader reader)
    {
        var catalogue = new Dictionary<string, IndexedSource>(StringComparer.Ordinal);
        var searcher = new IndexSearcher(reader);
        var opinions = new TermQuery(new Term(IndexFields.Type, IndexFields.OpinionType));
        foreach (var hit in searcher.Search(opinions, Math.Max(1, reader.MaxDoc)).ScoreDocs)
        {
            // Provenance only: the record's JSON is most of a stored opinion and is not needed here.
            var source = OpinionDocuments.SourceOf(searcher.Doc(hit.Doc, ProvenanceFields));
            catalogue[source.Id] = source;
        }
        return catalogue;
    }

    /// <summary>The stored record of one opinion, or null; the id in any case ("2026ce01").</summary>
    public static OpinionRecord? FindRecord(IndexReader reader, string id) =>
        FindRecordExactly(reader, id) ?? (id.ToUpperInvariant() is var upper && upper != id ? FindRecordExactly(reader, upper) : null);

    private static OpinionRecord? FindRecordExactly(IndexReader reader, string id)
    {
        var searcher = new IndexSearcher(reader);
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Type, IndexFields.OpinionType)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Id, id)), Occur.MUST },
        };
        var hit = searcher.Search(query, 1).ScoreDocs.FirstOrDefault();
        return hit is null ? null : RecordJson.Deserialize(searcher.Doc(hit.Doc).Get(IndexFields.Record));
    }

    /// <summary>The text of each section of an opinion, in order, with its kind and heading.</summary>
    public static IReadOnlyList<(string Kind, string? Heading, string Text)> SectionTexts(IndexReader reader, string id)
    {
        var searcher = new IndexSearcher(reader);
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Type, IndexFields.SectionType)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Id, id)), Occur.MUST },
        };
        return searcher.Search(query, Math.Max(1, reader.MaxDoc)).ScoreDocs
            .Select(d => d.Doc)
            .Order()
            .Select(doc => (searcher.Doc(doc, KindField).Get(IndexFields.Kind), (string?)null, DisplayValues.SectionText(reader, doc)))
            .ToList();
    }

    /// <summary>Every stored record, for statistics and exports.</summary>
    public static IEnumerable<OpinionRecord> AllRecords(IndexReader reader)
    {
        var searcher = new IndexSearcher(reader);
        var opinions = new TermQuery(new Term(IndexFields.Type, IndexFields.OpinionType));
        foreach (var hit in searcher.Search(opinions, Math.Max(1, reader.MaxDoc)).ScoreDocs)
            yield return RecordJson.Deserialize(searcher.Doc(hit.Doc).Get(IndexFields.Record));
    }
}

/// <summary>An open <see cref="IndexWriter"/> and the import lock it holds; disposing closes both.</summary>
public sealed class IndexWriteSession(IndexWriter writer, FileStream importLock) : IDisposable
{
    public IndexWriter Writer => writer;

    public void Dispose()
    {
        try
        {
            writer.Dispose();
        }
        catch (Exception e) when (IndexWriteException.IsInputOutput(e))
        {
            // Disk full while closing (a merge): every import commits before it closes, so the
            // last commit holds what was done; what the close could not write is left out.
            try
            {
                writer.Rollback();
            }
            catch (Exception again) when (IndexWriteException.IsInputOutput(again) || again is ObjectDisposedException)
            {
            }
        }
        finally
        {
            importLock.Dispose();
        }
    }
}

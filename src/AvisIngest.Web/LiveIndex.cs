using System.Runtime.CompilerServices;
using AvisIngest.Indexing;
using AvisIngest.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace AvisIngest.Web;

/// <summary>
/// The index as the server reads it: one shared searcher, refreshed (at most every half second) when
/// an import has committed, never reopened per request. Requests hold a reference while they read,
/// so a refresh never closes a reader in use. Before the first import, every request says so.
/// </summary>
public sealed class LiveIndex(OpinionIndex index) : IDisposable
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(500);
    private readonly object opening = new();
    private readonly ConditionalWeakTable<IndexReader, OpinionSearcher> searchers = new();
    private SearcherManager? manager;
    private long lastRefresh;

    public OpinionIndex Index => index;

    /// <summary>Runs <paramref name="read"/> on the current state of the index.</summary>
    public T Read<T>(Func<OpinionSearcher, IndexReader, T> read)
    {
        var current = Manager();
        MaybeRefresh(current);
        var searcher = current.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            return read(searchers.GetValue(reader, r => new OpinionSearcher(r)), reader);
        }
        finally
        {
            current.Release(searcher);
        }
    }

    public void Dispose() => manager?.Dispose();

    private SearcherManager Manager()
    {
        if (manager is { } existing)
            return existing;
        lock (opening)
        {
            if (manager is null)
            {
                if (!index.Exists)
                    throw new IndexUnavailableException($"aucun index dans {index.DirectoryPath} : importez d'abord des avis avec « avis ingest DOSSIER »");
                manager = new SearcherManager(FSDirectory.Open(index.DirectoryPath), new SearcherFactory());
            }
            return manager;
        }
    }

    private void MaybeRefresh(SearcherManager current)
    {
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref lastRefresh);
        if (now - last < RefreshInterval.TotalMilliseconds || Interlocked.CompareExchange(ref lastRefresh, now, last) != last)
            return;
        current.MaybeRefresh();
    }
}

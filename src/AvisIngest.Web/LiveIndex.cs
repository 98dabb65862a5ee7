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
/// The index may be deleted, moved or rebuilt at the same path while the server runs: at each
/// refresh the folder's identity (<see cref="OpinionIndex.IdentityFile"/>) is compared with the one
/// opened, a new index is opened afresh, and while there is none requests are answered 503.
/// </summary>
public sealed class LiveIndex(OpinionIndex index) : IDisposable
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(500);
    private readonly object opening = new();
    private readonly ConditionalWeakTable<IndexReader, OpinionSearcher> searchers = new();
    private Opened? opened;
    private long lastRefresh;

    private sealed record Opened(SearcherManager Manager, string? Identity);

    public OpinionIndex Index => index;

    /// <summary>Runs <paramref name="read"/> on the current state of the index.</summary>
    public T Read<T>(Func<OpinionSearcher, IndexReader, T> read)
    {
        // A request that meets the index being replaced between two refreshes tries once more on the new one.
        for (var attempt = 0; ; attempt++)
        {
            var current = Current();
            try
            {
                var searcher = current.Manager.Acquire();
                try
                {
                    var reader = searcher.IndexReader;
                    return read(searchers.GetValue(reader, r => new OpinionSearcher(r)), reader);
                }
                finally
                {
                    current.Manager.Release(searcher);
                }
            }
            // Files gone under the reader, or a reader closed by a refresh (Lucene.Net's AlreadyClosedException is an ObjectDisposedException).
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                Close(current);
                if (attempt > 0)
                    throw new IndexUnavailableException($"index en cours de remplacement dans {index.DirectoryPath} : réessayez dans un instant", e);
            }
        }
    }

    public void Dispose()
    {
        lock (opening)
        {
            opened?.Manager.Dispose();
            opened = null;
        }
    }

    private Opened Current()
    {
        var current = Volatile.Read(ref opened);
        if (current is not null && !DueForRefresh())
            return current;
        lock (opening)
        {
            current = opened;
            if (current is not null && index.Exists && index.Identity == current.Identity)
            {
                current.Manager.MaybeRefresh();
                return current;
            }
            // Gone, or another index at the same path: what was open is closed (readers in use keep
            // theirs until released).
            current?.Manager.Dispose();
            opened = null;
            if (!index.Exists)
                throw new IndexUnavailableException($"aucun index dans {index.DirectoryPath} : importez d'abord des avis avec « avis ingest DOSSIER »");
            opened = current = new Opened(new SearcherManager(FSDirectory.Open(index.DirectoryPath), new SearcherFactory()), index.Identity);
            Interlocked.Exchange(ref lastRefresh, Environment.TickCount64);
            return current;
        }
    }

    private void Close(Opened current)
    {
        lock (opening)
        {
            if (ReferenceEquals(opened, current))
            {
                current.Manager.Dispose();
                opened = null;
            }
        }
    }

    private bool DueForRefresh()
    {
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref lastRefresh);
        return now - last >= RefreshInterval.TotalMilliseconds && Interlocked.CompareExchange(ref lastRefresh, now, last) == last;
    }
}

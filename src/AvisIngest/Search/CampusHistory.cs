using AvisIngest.Indexing;
using AvisIngest.Records;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AvisIngest.Search;

/// <summary>
/// Every opinion about one campus over the years (initial label, renewals, excellence), oldest
/// first. A campus is the same whatever the spacing or case of its acronym, and under a former
/// name an opinion states ("anciennement Image Numérique et Industrie Créative (INIC)"): the
/// acronyms of former names are followed both ways until no new one appears.
/// </summary>
public static class CampusHistory
{
    public static IReadOnlyList<OpinionRecord> Of(IndexReader reader, string campus)
    {
        var searcher = new IndexSearcher(reader);
        var keys = new HashSet<string>(StringComparer.Ordinal) { OpinionDocuments.CampusKey(campus) };
        var records = new Dictionary<string, OpinionRecord>(StringComparer.Ordinal);
        for (var round = 0; round < 5; round++)
        {
            var any = new BooleanQuery();
            foreach (var key in keys)
            {
                any.Add(new TermQuery(new Term(IndexFields.Campus, key)), Occur.SHOULD);
                any.Add(new TermQuery(new Term(IndexFields.CampusAlias, key)), Occur.SHOULD);
            }
            var query = new BooleanQuery { { new TermQuery(new Term(IndexFields.Type, IndexFields.OpinionType)), Occur.MUST }, { any, Occur.MUST } };
            foreach (var hit in searcher.Search(query, Math.Max(1, reader.MaxDoc)).ScoreDocs)
            {
                var record = RecordJson.Deserialize(searcher.Doc(hit.Doc).Get(IndexFields.Record));
                records[record.Id] = record;
            }
            var found = records.Values
                .SelectMany(r => OpinionDocuments.FormerAcronyms(r).Append(Presentation.RecordFields.CampusOf(r) ?? ""))
                .Where(a => a.Length > 0).Select(OpinionDocuments.CampusKey).ToList();
            if (found.Count(keys.Add) == 0)
                break;
        }
        return records.Values.OrderBy(r => r.Consultation.Date ?? DateOnly.MaxValue).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
    }
}

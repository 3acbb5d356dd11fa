package nl.techniekpact.pact;

import java.util.List;

import nl.techniekpact.pact.PactViews.SearchHit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over all pact text with PostgreSQL's Dutch configuration and {@code unaccent}. Snippets come
 * back as safe HTML: the text is escaped and only the highlight marks are {@code <mark>} elements.
 */
@Service
public class PactSearch {

    public static final int MAX_QUERY_LENGTH = 200;
    private static final String START = "\u0002";
    private static final String STOP = "\u0003";

    private final JdbcClient jdbc;

    PactSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SearchHit> search(String query, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            q = q.substring(0, MAX_QUERY_LENGTH);
        }
        // quotes and "-" keep their web-search meaning; plain words also find their other number (SearchQuery)
        String expanded = q.contains("\"") || q.matches(".*(^|\\s)-\\S.*") ? null : SearchQuery.of(q);
        List<SearchHit> hits = jdbc.sql("""
                        with q as (select case when cast(:expanded as text) is null
                                               then websearch_to_tsquery('tp_dutch', :q)
                                               else to_tsquery('tp_dutch', cast(:expanded as text)) end as query)
                        select d.entity_type, d.entity_id, d.title, d.path,
                               ts_headline('tp_dutch', d.title || E'\\n' || d.body, q.query,
                                 'StartSel=' || chr(2) || ', StopSel=' || chr(3)
                                 || ', MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "') as snippet,
                               ts_rank_cd(d.document, q.query) as rank
                        from search_document d, q
                        where d.document @@ q.query
                        order by rank desc, d.entity_type, d.entity_id
                        limit :limit""")
                .param("q", q).param("expanded", expanded).param("limit", limit)
                .query((rs, n) -> new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        safeSnippet(rs.getString(5)), rs.getDouble(6)))
                .list();
        if (!hits.isEmpty()) {
            return hits;
        }
        // No word matched: fall back to similar titles (typos, partial names).
        return jdbc.sql("""
                        select entity_type, entity_id, title, path, left(body, 200), similarity(unaccent(title), unaccent(:q))
                        from search_document where unaccent(title) %> unaccent(:q) or unaccent(title) ilike '%' || unaccent(:like) || '%'
                        order by 6 desc, entity_type, entity_id limit :limit""")
                .param("q", q).param("like", nl.techniekpact.shared.Text.likeEscaped(q)).param("limit", limit)
                .query((rs, n) -> new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        HtmlUtils.htmlEscape(rs.getString(5)), rs.getDouble(6)))
                .list();
    }

    /** The snippet with everything escaped except the highlight markers, which become {@code <mark>}. */
    static String safeSnippet(String raw) {
        return HtmlUtils.htmlEscape(raw).replace(START, "<mark>").replace(STOP, "</mark>");
    }

    /** The snippet as plain text (for CSV and JSON consumers that do not want HTML). */
    public static String plain(String snippet) {
        return HtmlUtils.htmlUnescape(snippet.replace("<mark>", "").replace("</mark>", ""));
    }
}

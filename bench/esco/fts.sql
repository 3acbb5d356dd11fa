-- pgbench script of bench/esco/run.sh, baseline "full text": PostgreSQL full-text search with every typed word a
-- prefix (bench_esco_prefix: "las" -> las:*), Dutch labels with the 'dutch' configuration and English ones with
-- 'english', through the two GIN expression indexes of setup.sql; ranked by ts_rank, then shorter labels.
\set i random(1, :nq)
select q from bench_esco_query where id = :i \gset
with x as (select bench_esco_prefix(:q::text) as t),
hits as (
    select l.uri, l.lang, l.preferred,
           ts_rank(to_tsvector('dutch', bench_esco_text(l.preferred, l.alternatives)), to_tsquery('dutch', x.t)) as rank
    from esco_label l, x
    where l.lang = 'nl' and to_tsvector('dutch', bench_esco_text(l.preferred, l.alternatives)) @@ to_tsquery('dutch', x.t)
    union all
    select l.uri, l.lang, l.preferred,
           ts_rank(to_tsvector('english', bench_esco_text(l.preferred, l.alternatives)), to_tsquery('english', x.t))
    from esco_label l, x
    where l.lang <> 'nl' and to_tsvector('english', bench_esco_text(l.preferred, l.alternatives)) @@ to_tsquery('english', x.t))
select c.id, c.kind, h.label
from (select uri, max(rank) as rank, min(length(preferred)) as len,
             (array_agg(preferred order by lang = 'nl' desc))[1] as label
      from hits group by uri) h
join esco_concept c on c.uri = h.uri and c.kind in ('occupation', 'skill', 'skill-group')
order by h.rank desc, h.len, h.label
limit 10;

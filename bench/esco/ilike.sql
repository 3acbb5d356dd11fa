-- pgbench script of bench/esco/run.sh, baseline "ILIKE": '%q%' on the preferred and alternative labels (Dutch and
-- English) of the occupations, skills and skill groups, no index that could help; a label equal to or starting
-- with the query first, then shorter labels. The typed text is a bound parameter (:q).
\set i random(1, :nq)
select q from bench_esco_query where id = :i \gset
with x as (select :q::text as q, '%' || :q::text || '%' as p)
select c.id, c.kind, h.label
from (select l.uri,
             min(case when lower(l.preferred) = lower(x.q) then 0 when l.preferred ilike x.q || '%' then 1
                      when l.preferred ilike x.p then 2 else 3 end) as r,
             min(length(l.preferred)) as len,
             (array_agg(l.preferred order by l.lang = 'nl' desc))[1] as label
      from esco_label l, x
      where l.preferred ilike x.p or exists (select 1 from unnest(l.alternatives) a where a ilike x.p)
      group by l.uri) h
join esco_concept c on c.uri = h.uri and c.kind in ('occupation', 'skill', 'skill-group')
order by h.r, h.len, h.label
limit 10;

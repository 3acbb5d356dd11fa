-- bench/esco/run.sh: what the PostgreSQL baselines need, created in the benchmark's own throwaway database (the
-- platform's tables are left as they are; nothing here is part of the product). psql variable :queries names
-- the query file (one query a line, its line number is its id).
set client_min_messages = warning;
create extension if not exists pg_trgm;
drop table if exists bench_esco_query;
create table bench_esco_query (id serial primary key, q text not null);
\set copy '\\copy bench_esco_query (q) from ' :'queries' ' with (format text)'
:copy
-- all labels of one row (the preferred label and the alternatives) as one text, for the indexes
create or replace function bench_esco_text(preferred text, alternatives text[]) returns text
    language sql immutable parallel safe as $$ select preferred || E'\n' || array_to_string(alternatives, E'\n') $$;
-- what was typed as a prefix query: every word a prefix, all words required ("cnc prog" -> cnc:* & prog:*)
create or replace function bench_esco_prefix(q text) returns text
    language sql immutable parallel safe as $$
    select coalesce(string_agg(w || ':*', ' & '), '') from regexp_split_to_table(lower(q), '[^[:alnum:]]+') w where w <> '' $$;
create index if not exists bench_esco_label_trgm on esco_label using gin (bench_esco_text(preferred, alternatives) gin_trgm_ops);
create index if not exists bench_esco_label_fts_nl on esco_label
    using gin (to_tsvector('dutch', bench_esco_text(preferred, alternatives))) where lang = 'nl';
create index if not exists bench_esco_label_fts_en on esco_label
    using gin (to_tsvector('english', bench_esco_text(preferred, alternatives))) where lang <> 'nl';
vacuum analyze esco_label;
analyze bench_esco_query;
select (select count(*) from bench_esco_query) as queries,
       (select count(*) from esco_concept where kind in ('occupation', 'skill', 'skill-group')) as concepts,
       (select count(*) from esco_label l join esco_concept c using (uri) where c.kind in ('occupation', 'skill', 'skill-group')) as label_rows,
       (select sum(1 + cardinality(alternatives)) from esco_label l join esco_concept c using (uri) where c.kind in ('occupation', 'skill', 'skill-group')) as labels,
       (select string_agg(distinct lang, ',') from esco_label) as langs;

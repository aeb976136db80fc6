-- EXPLAIN (ANALYZE, BUFFERS) of the main queries of the browsing pages since schema V4 (the "after" plans of
-- BENCHMARKS.md, output in bench/browse-100k/after-plans.txt), copied from finding/FindingQueries and
-- finding/FacetQueries with the parameters bound as literals by psql:
--
--   psql -h localhost -p PORT -U postgres postgres -X -v theme=SLUG -v q=WORD -f bench/browse-explain-v4.sql
--
-- Run it twice and read the second run (warm cache). The app names the theme's id (FilterSql.withTermIds) and plans
-- every statement for its own values (plan_cache_mode = force_custom_plan), as here.
\set ON_ERROR_STOP on
\pset pager off
set plan_cache_mode = force_custom_plan;
select id as theme_id from theme where slug = :'theme' \gset

\echo '-- /signals: the ids of page 1'
explain (analyze, buffers, costs off) select f.id from signal f
order by f.relevancy desc nulls last, f.digest_date desc nulls last, f.page_id, f.position limit 51 offset 0;

\echo '-- /signals?page=2000: the ids of page 2000'
explain (analyze, buffers, costs off) select f.id from signal f
order by f.relevancy desc nulls last, f.digest_date desc nulls last, f.page_id, f.position limit 51 offset 99950;

\echo '-- /signals?minRelevancy=4&theme=THEME: the keyword facet over the newest 1,000 matching rows'
explain (analyze, buffers, costs off) with matched as materialized (
  select f.article_id, f.relevancy from signal f
  where exists (select 1 from article_theme l where l.article_id = f.article_id and l.theme_id = :theme_id)
    and f.relevancy >= 4
  order by f.digest_date desc nulls last, f.page_id, f.position limit 1000),
per_article as (select article_id, count(*) as n from matched group by article_id)
select t.slug, t.name, sum(p.n) from per_article p join article_keyword l on l.article_id = p.article_id
join keyword t on t.id = l.keyword_id group by t.slug, t.name order by sum(p.n) desc, t.name limit 10;

\echo '-- /signals?q=WORD: the ids of page 1'
explain (analyze, buffers, costs off) select f.id from signal f
where f.search @@ websearch_to_tsquery('english', :'q')
order by f.relevancy desc nulls last, f.digest_date desc nulls last, f.page_id, f.position limit 51;

-- The queries as they were BEFORE schema V4 (they no longer run on V4: article.title_search is gone); kept for the
-- "before" plans of BENCHMARKS.md. For the queries of today, see bench/browse-explain-v4.sql.
--
-- EXPLAIN (ANALYZE, BUFFERS) of every query the browsing pages run, copied from the query classes of src/main
-- (finding/FindingQueries, taxonomy/TermQueries, digest/DigestQueries, home/HomeQueries, search/SearchQueries,
-- article/ArticlePageQueries) with the parameters bound as literals by psql:
--
--   psql -h localhost -p PORT -U postgres postgres -X -v theme=SLUG -v keyword=SLUG -v q=WORD \
--        -v page_id=ID -v digest=DIGEST_ID -f bench/browse-explain.sql
--
-- Run it twice and read the second run (warm cache), as the pages are measured warm.
-- The term pages' queries look the term id up with a sub-select; the app binds the id, which the planner estimates
-- far better (the articles of keyword 'ai': 1 ms with the id, 165 ms here). Prefer pg_stat_statements for those.
\set ON_ERROR_STOP on
\pset pager off
\timing off

\echo '===== /signals: rows (limit 50 offset 0)'
explain (analyze, buffers)
select f.id, a.page_id, a.title, a.digest_id, a.digest_date, f.name, f.description, f.change, f.ten_year,
  f.driving_force, f.relevancy from signal f join article a on a.id = f.article_id
order by f.relevancy desc nulls last, a.digest_date desc nulls last, a.page_id, f.position limit 50 offset 0;
\echo '===== /signals: count'
explain (analyze, buffers) select count(*) from signal f join article a on a.id = f.article_id;
\echo '===== /signals: facet relevancy'
explain (analyze, buffers)
select f.relevancy::text, count(*) from signal f join article a on a.id = f.article_id
group by f.relevancy order by f.relevancy desc nulls last;
\echo '===== /signals: facet themes'
explain (analyze, buffers)
select term.slug, term.name, count(*) from signal f join article a on a.id = f.article_id
join article_theme l on l.article_id = a.id join theme term on term.id = l.theme_id
group by term.slug, term.name order by count(*) desc, term.name limit 10;
\echo '===== /signals: facet keywords'
explain (analyze, buffers)
select term.slug, term.name, count(*) from signal f join article a on a.id = f.article_id
join article_keyword l on l.article_id = a.id join keyword term on term.id = l.keyword_id
group by term.slug, term.name order by count(*) desc, term.name limit 10;
\echo '===== /signals: facet category'
explain (analyze, buffers)
select a.category, count(*) from signal f join article a on a.id = f.article_id
group by a.category having a.category is not null order by count(*) desc, a.category limit 10;

\echo '===== /signals?minRelevancy=4&theme=T: rows'
explain (analyze, buffers)
select f.id, a.page_id, a.title, a.digest_id, a.digest_date, f.name, f.description, f.change, f.ten_year,
  f.driving_force, f.relevancy from signal f join article a on a.id = f.article_id
where exists (select 1 from article_theme l join theme t on t.id = l.theme_id where l.article_id = a.id and t.slug = :'theme')
  and f.relevancy >= 4
order by f.relevancy desc nulls last, a.digest_date desc nulls last, a.page_id, f.position limit 50 offset 0;
\echo '===== /signals?minRelevancy=4&theme=T: count'
explain (analyze, buffers)
select count(*) from signal f join article a on a.id = f.article_id
where exists (select 1 from article_theme l join theme t on t.id = l.theme_id where l.article_id = a.id and t.slug = :'theme')
  and f.relevancy >= 4;
\echo '===== /signals?minRelevancy=4&theme=T: facet keywords'
explain (analyze, buffers)
select term.slug, term.name, count(*) from signal f join article a on a.id = f.article_id
join article_keyword l on l.article_id = a.id join keyword term on term.id = l.keyword_id
where exists (select 1 from article_theme l join theme t on t.id = l.theme_id where l.article_id = a.id and t.slug = :'theme')
  and f.relevancy >= 4
group by term.slug, term.name order by count(*) desc, term.name limit 10;

\echo '===== /signals?q=W: rows'
explain (analyze, buffers)
select f.id, a.page_id, a.title, a.digest_id, a.digest_date, f.name, f.description, f.change, f.ten_year,
  f.driving_force, f.relevancy from signal f join article a on a.id = f.article_id
where (f.search @@ websearch_to_tsquery('english', :'q') or a.title_search @@ websearch_to_tsquery('english', :'q'))
order by ts_rank(f.search, websearch_to_tsquery('english', :'q')) + ts_rank(a.title_search, websearch_to_tsquery('english', :'q')) desc,
  f.relevancy desc nulls last, a.digest_date desc nulls last, a.page_id, f.position limit 50 offset 0;
\echo '===== /signals?q=W: count'
explain (analyze, buffers)
select count(*) from signal f join article a on a.id = f.article_id
where (f.search @@ websearch_to_tsquery('english', :'q') or a.title_search @@ websearch_to_tsquery('english', :'q'));

\echo '===== /signals?page=2000: rows (limit 50 offset 100000)'
explain (analyze, buffers)
select f.id, a.page_id, a.title, a.digest_id, a.digest_date, f.name, f.description, f.change, f.ten_year,
  f.driving_force, f.relevancy from signal f join article a on a.id = f.article_id
order by f.relevancy desc nulls last, a.digest_date desc nulls last, a.page_id, f.position limit 50 offset 100000;

\echo '===== /keywords: list'
explain (analyze, buffers)
select slug, name, articles from (select t.slug, t.name, (select count(*) from article_keyword l where l.keyword_id = t.id) as articles
  from keyword t where exists (select 1 from article_keyword l where l.keyword_id = t.id)) x
order by articles desc, lower(name), slug limit 100 offset 0;
\echo '===== /keywords: count'
explain (analyze, buffers)
select count(*) from keyword t where exists (select 1 from article_keyword l where l.keyword_id = t.id);

\echo '===== /keywords/K: articles'
explain (analyze, buffers)
select a.page_id, a.title, a.digest_id, a.digest_date, a.category
from article a join article_keyword l on l.article_id = a.id and l.keyword_id = (select id from keyword where slug = :'keyword')
order by a.digest_date desc nulls last, a.digest_id desc, a.page_id limit 50 offset 0;
\echo '===== /keywords/K: count'
explain (analyze, buffers)
select count(*) from article a join article_keyword l on l.article_id = a.id and l.keyword_id = (select id from keyword where slug = :'keyword');
\echo '===== /keywords/K: top signals'
explain (analyze, buffers)
select s.name, s.relevancy, a.page_id, a.title
from article a join article_keyword l on l.article_id = a.id and l.keyword_id = (select id from keyword where slug = :'keyword')
join signal s on s.article_id = a.id
order by s.relevancy desc nulls last, a.digest_date desc nulls last, a.page_id, s.position limit 10;
\echo '===== /keywords/K: co-occurring'
explain (analyze, buffers)
select t.slug, t.name, count(*) from article_keyword mine join article_keyword other
  on other.article_id = mine.article_id and other.keyword_id <> mine.keyword_id
join keyword t on t.id = other.keyword_id where mine.keyword_id = (select id from keyword where slug = :'keyword')
group by t.id, t.slug, t.name order by count(*) desc, lower(t.name), t.slug limit 15;

\echo '===== /themes/T: articles'
explain (analyze, buffers)
select a.page_id, a.title, a.digest_id, a.digest_date, a.category
from article a join article_theme l on l.article_id = a.id and l.theme_id = (select id from theme where slug = :'theme')
order by a.digest_date desc nulls last, a.digest_id desc, a.page_id limit 50 offset 0;
\echo '===== /themes/T: top signals'
explain (analyze, buffers)
select s.name, s.relevancy, a.page_id, a.title
from article a join article_theme l on l.article_id = a.id and l.theme_id = (select id from theme where slug = :'theme')
join signal s on s.article_id = a.id
order by s.relevancy desc nulls last, a.digest_date desc nulls last, a.page_id, s.position limit 10;
\echo '===== /themes/T: co-occurring'
explain (analyze, buffers)
select t.slug, t.name, count(*) from article_theme mine join article_theme other
  on other.article_id = mine.article_id and other.theme_id <> mine.theme_id
join theme t on t.id = other.theme_id where mine.theme_id = (select id from theme where slug = :'theme')
group by t.id, t.slug, t.name order by count(*) desc, lower(t.name), t.slug limit 15;

\echo '===== /articles/ID: the article row (JPA findByPageId; collections follow by id)'
explain (analyze, buffers) select * from article where page_id = :'page_id';
\echo '===== /articles/ID: its signals'
explain (analyze, buffers) select * from signal where article_id = (select id from article where page_id = :'page_id') order by position;

\echo '===== /digests: list (limit 20 offset 0)'
explain (analyze, buffers)
select a.digest_id, max(a.digest_date), count(*), coalesce(sum((select count(*) from signal s where s.article_id = a.id)), 0)
from article a where a.digest_id is not null group by a.digest_id
order by max(a.digest_date) desc nulls last, a.digest_id desc limit 20 offset 0;
\echo '===== /digests: count'
explain (analyze, buffers) select count(distinct digest_id) from article;

\echo '===== /: counts'
explain (analyze, buffers)
select (select count(*) from article) as articles, (select count(distinct digest_id) from article) as digests,
  (select count(*) from signal) as signals, (select count(*) from concern) as concerns,
  (select count(*) from behavior) as behaviors, (select count(*) from technology) as technologies,
  (select count(*) from issue) as issues,
  (select count(distinct keyword_id) from article_keyword) as keywords,
  (select count(distinct theme_id) from article_theme) as themes;
\echo '===== /: top themes'
explain (analyze, buffers)
select t.slug, t.name, count(*) from article_theme l join theme t on t.id = l.theme_id
group by t.slug, t.name order by count(*) desc, t.name limit 10;
\echo '===== /: top keywords'
explain (analyze, buffers)
select t.slug, t.name, count(*) from article_keyword l join keyword t on t.id = l.keyword_id
group by t.slug, t.name order by count(*) desc, t.name limit 10;
\echo '===== /: latest digest top signals'
explain (analyze, buffers)
select s.name, s.relevancy, a.page_id, a.title from signal s join article a on a.id = s.article_id
where a.digest_id = :'digest' order by s.relevancy desc nulls last, a.page_id, s.position limit 10;

\echo '===== /search?q=W: articles hits'
explain (analyze, buffers)
select page_id, title, ts_headline('english', name, websearch_to_tsquery('english', :'q'), 'HighlightAll=true'),
  ts_headline('english', body, websearch_to_tsquery('english', :'q'), 'MaxFragments=2, MaxWords=30, MinWords=10')
from (select a.page_id, a.title, coalesce(a.title, a.page_id) as name, coalesce(a.summary, '') as body,
  row_number() over (order by ts_rank(a.search, websearch_to_tsquery('english', :'q')) desc, a.digest_date desc nulls last, a.page_id) as ord
  from article a where a.search @@ websearch_to_tsquery('english', :'q') order by ord limit 10) best order by ord;
\echo '===== /search?q=W: articles count'
explain (analyze, buffers) select count(*) from article a where a.search @@ websearch_to_tsquery('english', :'q');
\echo '===== /search?q=W: signal hits'
explain (analyze, buffers)
select a.page_id, a.title, coalesce(f.name, '') as name,
  row_number() over (order by ts_rank(f.search, websearch_to_tsquery('english', :'q')) + ts_rank(a.title_search, websearch_to_tsquery('english', :'q')) desc,
    f.relevancy desc nulls last, a.digest_date desc nulls last, a.page_id, f.position) as ord
from signal f join article a on a.id = f.article_id
where (f.search @@ websearch_to_tsquery('english', :'q') or a.title_search @@ websearch_to_tsquery('english', :'q'))
order by ord limit 10;
\echo '===== /search?q=W: concern count'
explain (analyze, buffers)
select count(*) from concern f join article a on a.id = f.article_id
where (f.search @@ websearch_to_tsquery('english', :'q') or a.title_search @@ websearch_to_tsquery('english', :'q'));

\echo '===== /api/signals.csv?minRelevancy=5 (whole result, streamed by the app with fetch size 500)'
explain (analyze, buffers)
select f.id, a.page_id, a.title, a.digest_id, a.digest_date, f.name, f.description, f.change, f.ten_year,
  f.driving_force, f.relevancy from signal f join article a on a.id = f.article_id where f.relevancy >= 5
order by f.relevancy desc nulls last, a.digest_date desc nulls last, a.page_id, f.position;

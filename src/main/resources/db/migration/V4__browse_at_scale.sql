-- Browsing at scale (100,000 articles, ~2 million rows). See BENCHMARKS.md for the plans behind each index.
--
-- 1. Each row of the five tables carries its article's sort keys (digest date, page id) and a search vector that
--    includes its article's title. The import writes them with the row (a page's rows are rewritten whenever the
--    page is), so the default order and full-text filters are index scans over one table that stop after a page
--    of rows, instead of joins over the whole collection.
create function finding_search(title text, name text, body text) returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector('english', coalesce(name, '')), 'A') ||
           setweight(to_tsvector('english', coalesce(body, '')), 'B') ||
           setweight(to_tsvector('english', coalesce(title, '')), 'C');

drop index signal_relevancy_idx;
alter table signal drop column search;
alter table signal add column digest_date date, add column page_id text, add column search tsvector;
update signal f set digest_date = a.digest_date, page_id = a.page_id, search = finding_search(a.title, f.name, concat_ws(' ', f.description, f.change, f.ten_year, f.driving_force))
  from article a where a.id = f.article_id;
alter table signal alter column page_id set not null, alter column search set not null;
create index signal_order_idx on signal (relevancy desc nulls last, digest_date desc nulls last, page_id, position)
  include (id, article_id);
create index signal_date_idx on signal (digest_date desc nulls last, page_id, position) include (id, article_id, relevancy);
create index signal_search_idx on signal using gin (search);
drop index concern_relevancy_idx;
alter table concern drop column search;
alter table concern add column digest_date date, add column page_id text, add column search tsvector;
update concern f set digest_date = a.digest_date, page_id = a.page_id, search = finding_search(a.title, f.name, f.description)
  from article a where a.id = f.article_id;
alter table concern alter column page_id set not null, alter column search set not null;
create index concern_order_idx on concern (relevancy desc nulls last, digest_date desc nulls last, page_id, position)
  include (id, article_id);
create index concern_date_idx on concern (digest_date desc nulls last, page_id, position) include (id, article_id, relevancy);
create index concern_search_idx on concern using gin (search);
drop index behavior_relevancy_idx;
alter table behavior drop column search;
alter table behavior add column digest_date date, add column page_id text, add column search tsvector;
update behavior f set digest_date = a.digest_date, page_id = a.page_id, search = finding_search(a.title, f.name, f.description)
  from article a where a.id = f.article_id;
alter table behavior alter column page_id set not null, alter column search set not null;
create index behavior_order_idx on behavior (relevancy desc nulls last, digest_date desc nulls last, page_id, position)
  include (id, article_id);
create index behavior_date_idx on behavior (digest_date desc nulls last, page_id, position) include (id, article_id, relevancy);
create index behavior_search_idx on behavior using gin (search);
drop index technology_relevancy_idx;
alter table technology drop column search;
alter table technology add column digest_date date, add column page_id text, add column search tsvector;
update technology f set digest_date = a.digest_date, page_id = a.page_id, search = finding_search(a.title, f.name, f.description)
  from article a where a.id = f.article_id;
alter table technology alter column page_id set not null, alter column search set not null;
create index technology_order_idx on technology (relevancy desc nulls last, digest_date desc nulls last, page_id, position)
  include (id, article_id);
create index technology_date_idx on technology (digest_date desc nulls last, page_id, position) include (id, article_id, relevancy);
create index technology_search_idx on technology using gin (search);
drop index issue_relevancy_idx;
alter table issue drop column search;
alter table issue add column digest_date date, add column page_id text, add column search tsvector;
update issue f set digest_date = a.digest_date, page_id = a.page_id, search = finding_search(a.title, f.name, f.description)
  from article a where a.id = f.article_id;
alter table issue alter column page_id set not null, alter column search set not null;
create index issue_order_idx on issue (relevancy desc nulls last, digest_date desc nulls last, page_id, position)
  include (id, article_id);
create index issue_date_idx on issue (digest_date desc nulls last, page_id, position) include (id, article_id, relevancy);
create index issue_search_idx on issue using gin (search);

-- Titles are searched through the rows' vectors now.
drop index article_title_search_idx;
alter table article drop column title_search;

-- 2. Figures over the whole collection, which only an import changes: materialized views that the import refreshes
--    once per run (concurrently, so pages keep reading the previous figures meanwhile; hence the unique indexes).
create materialized view keyword_stats as
  select t.id, t.slug, t.name, count(*) as articles
  from keyword t join article_keyword l on l.keyword_id = t.id group by t.id;
create unique index keyword_stats_id_idx on keyword_stats (id);
create index keyword_stats_articles_idx on keyword_stats (articles desc, lower(name), slug);

create materialized view theme_stats as
  select t.id, t.slug, t.name, count(*) as articles
  from theme t join article_theme l on l.theme_id = t.id group by t.id;
create unique index theme_stats_id_idx on theme_stats (id);
create index theme_stats_articles_idx on theme_stats (articles desc, lower(name), slug);

create materialized view digest_stats as
  select a.digest_id, max(a.digest_date) as digest_date, count(*) as articles, coalesce(sum(s.n), 0) as signals
  from article a left join (select article_id, count(*) as n from signal group by article_id) s on s.article_id = a.id
  where a.digest_id is not null group by a.digest_id;
create unique index digest_stats_id_idx on digest_stats (digest_id);
create index digest_stats_order_idx on digest_stats (digest_date desc nulls last, digest_id desc);

-- Articles per month of their digest date (month null: undated), of the collection and of each term: the charts.
create materialized view month_stats as
  select date_trunc('month', digest_date)::date as month, count(*) as articles from article group by 1;
create unique index month_stats_month_idx on month_stats (month);

create materialized view keyword_month_stats as
  select l.keyword_id as id, date_trunc('month', a.digest_date)::date as month, count(*) as articles
  from article_keyword l join article a on a.id = l.article_id group by 1, 2;
create unique index keyword_month_stats_idx on keyword_month_stats (id, month);

create materialized view theme_month_stats as
  select l.theme_id as id, date_trunc('month', a.digest_date)::date as month, count(*) as articles
  from article_theme l join article a on a.id = l.article_id group by 1, 2;
create unique index theme_month_stats_idx on theme_month_stats (id, month);

-- Rows of each of the five tables by relevancy: exact totals for lists filtered by relevancy only.
-- (A refreshed view needs a unique index on plain columns: "grade" is the relevancy, 0 for none.)
create materialized view finding_stats as
  select kind, relevancy, coalesce(relevancy, 0) as grade, rows from (
    select 'signals' as kind, relevancy, count(*) as rows from signal group by relevancy
    union all select 'concerns', relevancy, count(*) from concern group by relevancy
    union all select 'behaviors', relevancy, count(*) from behavior group by relevancy
    union all select 'technologies', relevancy, count(*) from technology group by relevancy
    union all select 'issues', relevancy, count(*) from issue group by relevancy) counted;
create unique index finding_stats_idx on finding_stats (kind, grade);

-- The home page's counts (refreshed after the views above, which it reads), and when they were: what the app's
-- caches of figures that only an import changes compare with, whichever process imported.
create materialized view collection_stats as
  select 1 as id, now() as refreshed_at, (select count(*) from article) as articles, (select count(*) from digest_stats) as digests,
    (select count(*) from keyword_stats) as keywords, (select count(*) from theme_stats) as themes;
create unique index collection_stats_id_idx on collection_stats (id);

-- Article lists walk this index newest first and join on the id it now carries, without reading the articles.
drop index article_digest_idx;
create index article_digest_idx on article (digest_date desc nulls last, digest_id desc, page_id) include (id);

-- A digest date after the day its article was first imported (a typo such as 20290911), like a missing one, is
-- unconfirmed (listing/ConfirmedDates): it is shown and flagged, but it makes no latest digest and stretches no chart.
-- The summaries the import keeps apply the same rule: "digest_date <= imported_at::date".
drop materialized view collection_stats;
drop materialized view digest_stats;
drop materialized view month_stats;
drop materialized view keyword_month_stats;
drop materialized view theme_month_stats;

-- A digest's date is confirmed when one of its articles was imported on or after it.
create materialized view digest_stats as
  select a.digest_id, max(a.digest_date) as digest_date, count(*) as articles, coalesce(sum(s.n), 0) as signals,
    coalesce(bool_or(a.digest_date <= a.imported_at::date), false) as confirmed
  from article a left join (select article_id, count(*) as n from signal group by article_id) s on s.article_id = a.id
  where a.digest_id is not null group by a.digest_id;
create unique index digest_stats_id_idx on digest_stats (digest_id);
create index digest_stats_order_idx on digest_stats (digest_date desc nulls last, digest_id desc);

-- Articles per month of their confirmed digest date; month null: no date, or an unconfirmed one.
create materialized view month_stats as
  select date_trunc('month', case when digest_date <= imported_at::date then digest_date end)::date as month,
    count(*) as articles
  from article group by 1;
create unique index month_stats_month_idx on month_stats (month);

create materialized view keyword_month_stats as
  select l.keyword_id as id,
    date_trunc('month', case when a.digest_date <= a.imported_at::date then a.digest_date end)::date as month,
    count(*) as articles
  from article_keyword l join article a on a.id = l.article_id group by 1, 2;
create unique index keyword_month_stats_idx on keyword_month_stats (id, month);

create materialized view theme_month_stats as
  select l.theme_id as id,
    date_trunc('month', case when a.digest_date <= a.imported_at::date then a.digest_date end)::date as month,
    count(*) as articles
  from article_theme l join article a on a.id = l.article_id group by 1, 2;
create unique index theme_month_stats_idx on theme_month_stats (id, month);

create materialized view collection_stats as
  select 1 as id, now() as refreshed_at, (select count(*) from article) as articles, (select count(*) from digest_stats) as digests,
    (select count(*) from keyword_stats) as keywords, (select count(*) from theme_stats) as themes;
create unique index collection_stats_id_idx on collection_stats (id);

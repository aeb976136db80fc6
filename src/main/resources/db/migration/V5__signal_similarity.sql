-- Similar and recurring signals, by trigram similarity of their names (pg_trgm, in PostgreSQL's contrib, present in
-- the embedded PostgreSQL 17 and in Debian's PostgreSQL 15 alike). What is compared is lower(name): names are short
-- (a few words), so their trigrams say "the same signal" well and the index stays small; descriptions are ten times
-- longer, so an index over them would cost more on every import for little gain, and they only rank candidates.
-- The trigram index is on the groups' representatives, not on the 552,000 signals of a large collection: there a
-- name has ~1,500 near-duplicates above the threshold and finding the 5 most similar through an index on signal
-- took seconds per article (GIN and GiST alike, BENCHMARKS.md); similar signals are looked for in the signal's group.
create extension if not exists pg_trgm;

-- A signal that recurs: the group of the signals whose names are similar to its representative, the lower-cased
-- name of the signal that started it (see GroupAssignment for the rule). The counters are kept up to date by the
-- import, in the transaction of each page, so that /trends reads them without counting.
create table signal_group (
    id              bigint generated always as identity primary key,
    representative  text   not null unique,
    name            text   not null,
    mentions        int    not null default 0 check (mentions >= 0),
    digests         int    not null default 0 check (digests >= 0),
    first_seen      date,
    last_seen       date,
    relevancy_sum   int    not null default 0,
    relevancy_count int    not null default 0
);
-- Searched for every signal imported, written once per group: no pending list to scan on every search.
create index signal_group_representative_trgm_idx on signal_group using gin (representative gin_trgm_ops)
    with (fastupdate = off);
-- /trends' first page by mentions, or by recency, reads 50 index entries.
create index signal_group_mentions_idx on signal_group (mentions desc, id) where digests >= 2;
create index signal_group_last_seen_idx on signal_group (last_seen desc nulls last, mentions desc, id) where digests >= 2;

-- Which group each signal belongs to. A page's signal rows are replaced when the page is re-imported, but its
-- article row keeps its id, so (article_id, position) names the same signal across re-imports. The digest date and
-- relevancy of the signal are copied here so that counting a group's signals needs no other table.
create table signal_group_member (
    article_id  bigint   not null references article (id) on delete cascade,
    position    int      not null,
    group_id    bigint   not null references signal_group (id),
    digest_date date,
    relevancy   smallint,
    primary key (article_id, position)
);
-- A group's newest members first (similar signals), its members of a date or of the last weeks (counters, growth).
create index signal_group_member_group_idx on signal_group_member (group_id, digest_date desc, article_id desc, position);
create index signal_group_member_date_idx on signal_group_member (digest_date, group_id);

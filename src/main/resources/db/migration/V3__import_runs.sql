-- Every import made through the web form or the import API, newest first in the history, with one row per page
-- (or rejected file) it reported. The counters grow as pages are done, so a running import shows its progress.
create table import_run (
    id          bigint generated always as identity primary key,
    started_at  timestamptz not null default now(),
    finished_at timestamptz,
    username    text        not null,
    via         text        not null check (via in ('form', 'api')),
    dry_run     boolean     not null,
    file_count  int         not null check (file_count >= 0),
    page_total  int         check (page_total >= 0),
    pages_done  int         not null default 0,
    imported    int         not null default 0,
    updated     int         not null default 0,
    unchanged   int         not null default 0,
    failed      int         not null default 0,
    skipped     int         not null default 0,
    status      text        not null default 'running' check (status in ('running', 'finished', 'crashed')),
    error       text
);
create index import_run_started_idx on import_run (started_at desc, id desc);

create table import_run_page (
    run_id   bigint not null references import_run (id) on delete cascade,
    position int    not null,
    location text   not null,
    page_id  text,
    outcome  text   not null check (outcome in ('IMPORTED', 'UPDATED', 'UNCHANGED', 'FAILED', 'SKIPPED')),
    errors   text[] not null default '{}',
    warnings text[] not null default '{}',
    primary key (run_id, position)
);

-- One row per imported page. page_id is the file name without ".md"; it is the article's public id.
create table article (
    id              bigint generated always as identity primary key,
    page_id         text        not null unique check (page_id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$'),
    title           text,
    digest_id       text,
    digest_date     date,
    digest_url      text,
    external_url    text,
    category        text,
    type            text,
    summary         text,
    source_file     text        not null,
    source_sha256   text        not null check (source_sha256 ~ '^[0-9a-f]{64}$'),
    imported_at     timestamptz not null,
    updated_at      timestamptz not null
);
create index article_digest_idx on article (digest_date desc nulls last, digest_id desc, page_id);
create index article_digest_id_idx on article (digest_id);
create index article_category_idx on article (category);
create index article_type_idx on article (type);

-- Keywords and themes are unique by a normalised slug and shown with the first spelling seen.
create table keyword (
    id   bigint generated always as identity primary key,
    slug text not null unique check (slug <> ''),
    name text not null
);

create table theme (
    id   bigint generated always as identity primary key,
    slug text not null unique check (slug <> ''),
    name text not null
);

create table article_keyword (
    article_id bigint not null references article (id) on delete cascade,
    keyword_id bigint not null references keyword (id) on delete cascade,
    position   int    not null,
    primary key (article_id, keyword_id),
    unique (article_id, position)
);
create index article_keyword_keyword_idx on article_keyword (keyword_id, article_id);

create table article_theme (
    article_id bigint not null references article (id) on delete cascade,
    theme_id   bigint not null references theme (id) on delete cascade,
    position   int    not null,
    primary key (article_id, theme_id),
    unique (article_id, position)
);
create index article_theme_theme_idx on article_theme (theme_id, article_id);

-- The five tables of findings. Each row belongs to one article and keeps its place in the page.
create table signal (
    id            bigint generated always as identity primary key,
    article_id    bigint   not null references article (id) on delete cascade,
    position      int      not null,
    name          text,
    description   text,
    change        text,
    ten_year      text,
    driving_force text,
    relevancy     smallint check (relevancy between 1 and 5),
    unique (article_id, position)
);
create index signal_relevancy_idx on signal (relevancy desc nulls last);

create table concern (
    id          bigint generated always as identity primary key,
    article_id  bigint   not null references article (id) on delete cascade,
    position    int      not null,
    name        text,
    description text,
    relevancy   smallint check (relevancy between 1 and 5),
    unique (article_id, position)
);
create index concern_relevancy_idx on concern (relevancy desc nulls last);

create table behavior (like concern including all);
alter table behavior add foreign key (article_id) references article (id) on delete cascade;

create table technology (like concern including all);
alter table technology add foreign key (article_id) references article (id) on delete cascade;

create table issue (like concern including all);
alter table issue add foreign key (article_id) references article (id) on delete cascade;

-- Pages listed under "Closest": ids of related pages, which may not be imported (yet).
create table article_related (
    article_id      bigint not null references article (id) on delete cascade,
    position        int    not null,
    related_page_id text   not null,
    primary key (article_id, position),
    unique (article_id, related_page_id)
);
create index article_related_page_idx on article_related (related_page_id);

-- What the parser noticed on import, shown beside the article.
create table import_warning (
    article_id bigint not null references article (id) on delete cascade,
    position   int    not null,
    section    text,
    line       int,
    message    text   not null,
    primary key (article_id, position)
);

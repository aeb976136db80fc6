-- Full-text search: one stored tsvector per searchable table, kept up to date by PostgreSQL, with a GIN index.
-- The 'english' configuration stems words ("chatbots" finds "chatbot"); titles weigh more than bodies.
alter table article add column search tsvector generated always as (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(summary, '')), 'B')) stored;
create index article_search_idx on article using gin (search);

alter table signal add column search tsvector generated always as (
    setweight(to_tsvector('english', coalesce(name, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(description, '') || ' ' || coalesce(change, '') || ' ' ||
                                     coalesce(ten_year, '') || ' ' || coalesce(driving_force, '')), 'B')) stored;
create index signal_search_idx on signal using gin (search);

alter table concern add column search tsvector generated always as (
    setweight(to_tsvector('english', coalesce(name, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(description, '')), 'B')) stored;
create index concern_search_idx on concern using gin (search);

alter table behavior add column search tsvector generated always as (
    setweight(to_tsvector('english', coalesce(name, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(description, '')), 'B')) stored;
create index behavior_search_idx on behavior using gin (search);

alter table technology add column search tsvector generated always as (
    setweight(to_tsvector('english', coalesce(name, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(description, '')), 'B')) stored;
create index technology_search_idx on technology using gin (search);

alter table issue add column search tsvector generated always as (
    setweight(to_tsvector('english', coalesce(name, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(description, '')), 'B')) stored;
create index issue_search_idx on issue using gin (search);

-- Rows of the five tables also match on their article's title.
alter table article add column title_search tsvector generated always as (
    to_tsvector('english', coalesce(title, ''))) stored;
create index article_title_search_idx on article using gin (title_search);

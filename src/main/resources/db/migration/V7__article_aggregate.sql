-- The article as one aggregate that JPA reads in two statements (article/Article): the article row, which now holds
-- its related page ids and its import warnings as arrays (they are only ever read with it), joined to its terms;
-- then its findings. Terms and findings are views over the tables the import writes and the lists read.
alter table article add column related_page_ids text[] not null default '{}',
                    add column warnings text[] not null default '{}';

update article a set related_page_ids = r.ids
from (select article_id, array_agg(related_page_id order by position) as ids from article_related group by article_id) r
where r.article_id = a.id;

-- A warning as the pages and the API have always shown it: "Keywords, line 9: the list was written…".
update article a set warnings = w.described
from (select article_id, array_agg(case when section is null and line is null then message
                                        else concat_ws(', ', section, 'line ' || line) || ': ' || message end
                                   order by position) as described
      from import_warning group by article_id) w
where w.article_id = a.id;

drop table article_related;
drop table import_warning;

-- An article's keywords and themes, each in its page's order.
create view article_term as
  select l.article_id, 'keywords' as kind, l.position, t.slug, t.name
  from article_keyword l join keyword t on t.id = l.keyword_id
  union all
  select l.article_id, 'themes', l.position, t.slug, t.name
  from article_theme l join theme t on t.id = l.theme_id;

-- An article's rows of the five tables (kind: the table's path), each in its page's order. Read by article id, which
-- the server pushes into each table's (article_id, position) index.
create view article_finding as
  select article_id, 'signals' as kind, position, name, description, change, ten_year, driving_force, relevancy
  from signal
  union all select article_id, 'concerns', position, name, description, null, null, null, relevancy from concern
  union all select article_id, 'behaviors', position, name, description, null, null, null, relevancy from behavior
  union all select article_id, 'technologies', position, name, description, null, null, null, relevancy from technology
  union all select article_id, 'issues', position, name, description, null, null, null, relevancy from issue;

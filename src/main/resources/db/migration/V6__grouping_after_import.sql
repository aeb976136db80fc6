-- Signals are grouped after their page is written and committed, with the other pages of its chunk (SignalGrouping),
-- no longer in the page's own transaction. This says which articles still have to be: false when the page is written
-- (new or changed), true once its signals are in their groups. Pages left ungrouped (a grouping that failed, or
-- articles of a database made before V5 with no group yet) are grouped when the application starts.
alter table article add column signals_grouped boolean not null default false;

update article a set signals_grouped = true
where exists (select 1 from signal_group_member m where m.article_id = a.id)
   or not exists (select 1 from signal s where s.article_id = a.id and s.name is not null and btrim(s.name) <> '');
-- No index: the start-up check reads the table once (about 0.1 s at 100,000 articles), while an index on the flag
-- would cost every grouped page an index update.

-- Signals are grouped after their page is written and committed, with the other pages of its chunk (SignalGrouping),
-- no longer in the page's own transaction. The articles whose signals are still to be grouped: a page written (new
-- or changed) is added in its transaction, and removed when its chunk is grouped. Pages left here (a grouping that
-- failed) are grouped when the application starts. A table of its own, not a flag on article: setting a flag would
-- rewrite each article row, and recompute its search vector, once more per import.
create table ungrouped_article (
    article_id bigint primary key references article (id) on delete cascade
);

-- Articles of a database made before V5 that have not been grouped yet.
insert into ungrouped_article (article_id)
select a.id from article a
where not exists (select 1 from signal_group_member m where m.article_id = a.id)
  and exists (select 1 from signal s where s.article_id = a.id and s.name is not null and btrim(s.name) <> '');

-- The grouping compares names in memory now (Representatives): nothing searches the representatives by trigram, and
-- the index cost every group written or counted again an update of some thirty index entries.
drop index signal_group_representative_trgm_idx;

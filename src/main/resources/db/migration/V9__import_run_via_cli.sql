-- Imports of the command line (importing/ImportCommand) are recorded in the history too.
alter table import_run drop constraint import_run_via_check;
alter table import_run add constraint import_run_via_check check (via in ('form', 'api', 'cli'));

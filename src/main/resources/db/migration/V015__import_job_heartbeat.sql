-- Imports that outlive their worker: a running job's worker writes a heartbeat; a job whose heartbeat stopped (its
-- platform was killed) is marked FAILED by any instance. Error lists are capped: the first errors are kept, with
-- the total and the count per error code.
alter table import_job
    add column heartbeat_at  timestamptz,
    add column error_total   int   not null default 0,
    add column error_counts  jsonb not null default '{}';

update import_job set error_total = jsonb_array_length(errors);

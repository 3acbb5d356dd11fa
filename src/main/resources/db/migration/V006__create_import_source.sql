-- Live sources the office refreshes now or on a schedule: a CBS StatLine table (OData v4 or v3) by its
-- identifier, or a DUO open-data file by its address. Each run is an ordinary import job (import_job).
create table import_source (
    id               bigserial primary key,
    kind             text not null check (kind in ('cbs-odata4', 'cbs-odata3', 'duo')),
    identifier       text not null,                 -- CBS table (83599NED) or the DUO file's https address
    dataset          text,                          -- DUO file kind (hbo-eerstejaars …); CBS: null
    mapping          jsonb,                         -- CBS profile for a table the monitor does not know
    interval_days    integer check (interval_days is null or interval_days between 1 and 366),
    next_run_at      timestamptz,                   -- null: only on request
    last_run_at      timestamptz,
    last_job_id      bigint references import_job (id),
    last_error_key   text,                          -- messages key of a download failure (no job then)
    last_error_args  text,
    created_by       uuid,
    created_at       timestamptz not null default now(),
    unique (kind, identifier)
);

create index import_source_due on import_source (next_run_at) where next_run_at is not null;

-- The Loket's reach in the monitor (issue 11): every publication of the reach figures into the monitor — by the
-- nightly run (at most one a day, however many instances share the database: the unique index is the claim) or by
-- the programme office's button — with what it imported. parts: per indicator and provisional/final, the school
-- years, the SHA-256 of the generated file, the monitor's import job and its counts, so an unchanged part is not
-- imported again by the next night.
create table loket_reach_publication (
    id            bigserial primary key,
    trigger       text        not null check (trigger in ('NIGHTLY', 'OFFICE')),
    run_on        date        not null,
    actor         text        not null,
    state         text        not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    school_years  text[]      not null default '{}',
    parts         jsonb       not null default '[]',
    -- schools and companies left out because the monitor does not know their municipality
    unplaced_schools   int    not null default 0,
    unplaced_companies int    not null default 0,
    started_at    timestamptz not null default now(),
    finished_at   timestamptz
);
create unique index loket_reach_publication_nightly on loket_reach_publication (run_on) where trigger = 'NIGHTLY';
create index loket_reach_publication_started on loket_reach_publication (started_at desc);

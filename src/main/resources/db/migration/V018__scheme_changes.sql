-- Reviewed changes of the schemes catalogue and the history of every applied version of a scheme.
-- region_code: the pact region (a code of the pact's regions, checked by the schemes module through the pact's
-- API, so no foreign key into another module's table) of a provincial or regional scheme; null otherwise.
-- lock_version: raised by every write of the scheme, so a change based on an older version is refused.
alter table scheme add column region_code varchar(60);
alter table scheme add column lock_version int not null default 0;
alter table scheme drop constraint scheme_origin_check;
alter table scheme add constraint scheme_origin_check check (origin in ('SEED', 'IMPORT', 'OFFICE'));

-- A proposed change: the whole proposed state of the scheme (JSON, as the schemes module writes it), the state it
-- was based on and that state's lock_version (both null for a new scheme). People are kept by account id, with
-- their role and organisation at the time (what a public page may show); names come from the accounts module.
create table scheme_change (
    id                    bigserial primary key,
    scheme_slug           varchar(100)  not null,
    is_new                boolean       not null,
    base_version          int,
    base_state            jsonb,
    proposed_state        jsonb         not null,
    reason                varchar(1000) not null,
    source                varchar(300)  not null,
    state                 varchar(10)   not null default 'PROPOSED'
        check (state in ('PROPOSED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    proposed_by           uuid          not null,
    proposer_role         varchar(20)   not null,
    proposer_organisation varchar(300),
    proposed_at           timestamptz   not null default now(),
    reviewed_by           uuid,
    reviewer_role         varchar(20),
    reviewer_organisation varchar(300),
    review_note           varchar(1000),
    reviewed_at           timestamptz,
    check (is_new or base_version is not null),
    check (state = 'PROPOSED' or reviewed_at is not null)
);
create index scheme_change_state on scheme_change (state, proposed_at desc);
create index scheme_change_slug on scheme_change (scheme_slug);

-- Every version of a scheme that was written: by the seed loader (SEED), an import (IMPORT) or an approved change
-- (CHANGE). before is null for the first version. Append-only.
create table scheme_history (
    id                    bigserial primary key,
    scheme_slug           varchar(100)  not null,
    version               int           not null,
    kind                  varchar(10)   not null check (kind in ('SEED', 'IMPORT', 'CHANGE')),
    change_id             bigint references scheme_change (id),
    before_state          jsonb,
    after_state           jsonb         not null,
    source                varchar(300)  not null,
    reason                varchar(1000),
    proposed_by           uuid,
    proposer_role         varchar(20),
    proposer_organisation varchar(300),
    approved_by           uuid,
    approver_role         varchar(20),
    approver_organisation varchar(300),
    recorded_at           timestamptz   not null default now(),
    check (kind <> 'CHANGE' or (change_id is not null and approved_by is not null))
);
create index scheme_history_slug on scheme_history (scheme_slug, id desc);

create function scheme_history_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'scheme_history is append-only';
end $$;
create trigger scheme_history_append_only before update or delete on scheme_history
    for each statement execute function scheme_history_append_only();

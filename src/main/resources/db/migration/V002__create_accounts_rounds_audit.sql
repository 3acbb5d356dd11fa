-- Accounts, API tokens, reporting rounds and the audit log.

create table organisation (
    id           text primary key,
    name         text not null,
    kind         text not null check (kind in ('OFFICE', 'PARTNER', 'REGION', 'SCHOOL', 'COMPANY')),
    partner_id   text references partner (id),
    region_code  text references region (code),
    check (kind <> 'PARTNER' or partner_id is not null),
    check (kind <> 'REGION' or region_code is not null)
);

create table app_user (
    id               uuid primary key,
    email            text        not null,
    display_name     text        not null,
    password_hash    text,
    role             text        not null check (role in ('OFFICE', 'OWNER', 'COORDINATOR', 'READER')),
    organisation_id  text        not null references organisation (id),
    enabled          boolean     not null default true,
    failed_logins    int         not null default 0,
    locked_until     timestamptz,
    oidc_subject     text unique,
    created_at       timestamptz not null default now(),
    lock_version     int         not null default 0
);
create unique index app_user_email on app_user (lower(email));

create table password_reset_token (
    token_hash  text primary key,
    user_id     uuid        not null references app_user (id),
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null default now()
);

create table api_token (
    id          uuid primary key,
    user_id     uuid        not null references app_user (id),
    name        text        not null,
    token_hash  text        not null unique,
    prefix      text        not null,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    revoked_at  timestamptz,
    last_used_at timestamptz
);

create table reporting_round (
    id              uuid primary key,
    name            text        not null,
    reference_date  date        not null,
    deadline        date        not null,
    state           text        not null check (state in ('OPEN', 'CLOSED')),
    reminder_days   int         not null default 7 check (reminder_days between 0 and 60),
    reminded_on     date,
    created_by      uuid        not null references app_user (id),
    created_at      timestamptz not null default now(),
    lock_version    int         not null default 0,
    check (deadline >= reference_date - 366)
);

-- One task per action (for its owners) or per region (for its coordinator) in a round.
create table round_task (
    id            uuid primary key,
    round_id      uuid not null references reporting_round (id),
    action_id     text references action (id),
    region_code   text references region (code),
    state         text not null check (state in ('MISSING', 'DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    lock_version  int  not null default 0,
    check ((action_id is null) <> (region_code is null)),
    unique (round_id, action_id),
    unique (round_id, region_code)
);

-- Every version of a task's content and every step on it, append-only: nothing is ever overwritten.
create table round_task_version (
    id             bigserial primary key,
    task_id        uuid        not null references round_task (id),
    seq            int         not null,
    step           text        not null check (step in ('DRAFT', 'SUBMIT', 'RETURN', 'APPROVE')),
    content        jsonb,
    comment        text,
    actor_id       uuid        not null references app_user (id),
    at             timestamptz not null default now(),
    unique (task_id, seq)
);

create table audit_event (
    id          bigserial primary key,
    at          timestamptz not null default now(),
    actor_id    uuid,
    actor_email text,
    action      text  not null,
    entity_type text  not null,
    entity_id   text  not null,
    before      jsonb,
    after       jsonb
);
create index audit_event_at on audit_event (at desc);
create index audit_event_entity on audit_event (entity_type, entity_id);

-- Audit records cannot be changed or removed, not even by a bug in the application.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

-- Status reports and regional progress from a round point to the task version they were approved from.
alter table status_report add column task_version_id bigint references round_task_version (id);
alter table status_report add column delay_reason text;
alter table status_report add column corrective_measure text;
alter table status_report add column figures jsonb not null default '[]';
alter table regional_progress add column task_version_id bigint references round_task_version (id);
alter table regional_example add column task_version_id bigint references round_task_version (id);
alter table pact_revision alter column data_file_version_id drop not null;
alter table pact_revision add column task_version_id bigint references round_task_version (id);

create table outbox_mail (
    id          bigserial primary key,
    recipient   text        not null,
    subject     text        not null,
    body        text        not null,
    created_at  timestamptz not null default now(),
    sent_at     timestamptz,
    attempts    int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error  text
);
create index outbox_mail_pending on outbox_mail (next_attempt_at) where sent_at is null;

-- Partners are onboarded by invitation: the office creates the account without a password and the platform e-mails
-- a single-use link where the person chooses their own. Only a hash of the link's secret is kept. An account that
-- has not accepted its invitation has no password and cannot sign in.
create table invitation (
    token_hash   text primary key,
    user_id      uuid        not null references app_user (id),
    invited_by   uuid        references app_user (id),
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    accepted_at  timestamptz,
    revoked_at   timestamptz
);
create index invitation_user on invitation (user_id, created_at desc);

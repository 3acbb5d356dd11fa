-- Login throttling shared by every instance (replaces the per-JVM address counter and the account lock in
-- app_user.failed_logins / locked_until, which are no longer written). Counters per (account, address) pair, per
-- client address and per account; keys are SHA-256 hashes of the lower-cased e-mail address and of the client
-- address, so the table holds no personal data in clear and works the same for unknown accounts.
create table login_throttle (
    scope         varchar(10) not null check (scope in ('PAIR', 'ADDRESS', 'ACCOUNT')),
    account_hash  char(64)    not null default '',
    address_hash  char(64)    not null default '',
    failures      int         not null check (failures > 0),
    last_failure  timestamptz not null,
    blocked_until timestamptz,
    primary key (scope, account_hash, address_hash)
);

create index login_throttle_last_failure on login_throttle (last_failure);

-- Single-use links that lift an account's login counters after the correct password was given while the account
-- was being guessed at from many addresses. Stored hashed; at most one is sent per account per quarter of an hour.
create table login_unlock_token (
    token_hash text primary key,
    user_id    uuid        not null references app_user (id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);

create index login_unlock_token_user on login_unlock_token (user_id, created_at);

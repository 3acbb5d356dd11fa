-- Several instances on one database.
-- 1. Sessions in PostgreSQL (Spring Session JDBC), so a user's session continues on another instance when one
--    stops. The layout is the one Spring Session's JdbcIndexedSessionRepository reads and writes.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- 2. The mail outbox is sent by whichever instance claims a message first (for update skip locked); a claim
--    runs out, so a message claimed by an instance that died is sent by another.
alter table outbox_mail add column claimed_until timestamptz;

-- 3. Messages that carry a personal link (a new password, a sign-in confirmation) are kept in the outbox only until
--    they are sent: then their body is replaced by a note, so the link is not kept in plain text.
alter table outbox_mail add column redact_after_send boolean not null default false;

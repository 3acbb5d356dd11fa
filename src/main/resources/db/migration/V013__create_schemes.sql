-- The schemes catalogue (regelingen): every fact as its source states it, with that source and its date.
-- Unknown facts are absent (NULL or no row); the status is computed from the windows, never stored.
create table scheme (
    id             bigserial primary key,
    slug           varchar(100) not null unique,
    name           varchar(300) not null,
    abbreviation   varchar(40),
    organiser      varchar(300),
    level          varchar(20) check (level in ('NATIONAL', 'PROVINCE', 'REGION', 'SECTOR', 'EUROPEAN')),
    official_url   varchar(500),
    successor_slug varchar(100),
    ended_on       date,
    origin         varchar(10)  not null check (origin in ('SEED', 'IMPORT')),
    source         varchar(300) not null,
    source_date    date,
    updated_at     timestamptz  not null default now()
);

create table scheme_fact (
    scheme_id   bigint       not null references scheme (id) on delete cascade,
    fact        varchar(30)  not null,
    stated      text         not null,
    amount      numeric(18, 2),
    source      varchar(300) not null,
    source_date date,
    primary key (scheme_id, fact)
);

create table scheme_applicant (
    scheme_id   bigint       not null references scheme (id) on delete cascade,
    applicant   varchar(30)  not null,
    stated      text         not null,
    source      varchar(300) not null,
    source_date date,
    primary key (scheme_id, applicant)
);

create table scheme_purpose (
    scheme_id   bigint       not null references scheme (id) on delete cascade,
    purpose     varchar(30)  not null,
    stated      text         not null,
    source      varchar(300) not null,
    source_date date,
    primary key (scheme_id, purpose)
);

create table scheme_window (
    scheme_id     bigint       not null references scheme (id) on delete cascade,
    position      int          not null,
    label         varchar(200),
    opens         date,
    closes        date,
    opens_stated  varchar(200),
    closes_stated varchar(200),
    ongoing       boolean      not null default false,
    budget_stated varchar(200),
    budget        numeric(18, 2),
    source        varchar(300) not null,
    source_date   date,
    primary key (scheme_id, position),
    check (opens is null or closes is null or opens <= closes)
);

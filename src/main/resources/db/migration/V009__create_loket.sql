-- The Loket (issue 11): schools from the DUO registers, companies that register themselves, their offers and
-- requests, the activities agreed between them, and the postcode areas that place them. People are accounts
-- (app_user) in an organisation of kind SCHOOL or COMPANY; they confirm their address with a single-use link.

-- accounts: confirmation of a self-registered account (the link in the e-mail), single use, expires.
create table account_confirmation (
    token_hash  text primary key,
    user_id     uuid        not null references app_user (id),
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null default now()
);

-- PC4 areas: centroid and municipality (GeoNames 2017, municipality codes mapped forward to the current year).
create table loket_postcode_area (
    pc4                text primary key check (pc4 ~ '^[1-9][0-9]{3}$'),
    place              text             not null,
    municipality_code  text             not null,
    latitude           double precision not null,
    longitude          double precision not null,
    source             text             not null
);

-- SBI 2008 codes (KvK list) with their section; "technical" is the platform's default, the office may override.
create table loket_sbi_code (
    code         text primary key,
    description  text    not null,
    section      text,
    technical    boolean not null
);

create table loket_school (
    id                 bigserial primary key,
    location_code      text        not null unique,
    institution_code   text        not null,
    register           text        not null check (register in ('PO', 'VO', 'MBO')),
    levels             text[]      not null,
    name               text        not null,
    street             text,
    house_number       text,
    postcode           text,
    pc4                text,
    place              text,
    municipality_code  text,
    province           text,
    website            text,
    phone              text,
    holiday_region     text check (holiday_region in ('NOORD', 'MIDDEN', 'ZUID')),
    travel_km          int         not null default 25 check (travel_km between 0 and 300),
    in_register        boolean     not null default true,
    source_file        text        not null,
    updated_at         timestamptz not null default now()
);
create index loket_school_municipality on loket_school (municipality_code);

create table loket_company (
    id                     bigserial primary key,
    kvk_number             text        not null unique check (kvk_number ~ '^[0-9]{8}$'),
    name                   text        not null,
    sbi_code               text        not null references loket_sbi_code (code),
    technical_override     boolean,
    street                 text        not null,
    house_number           text        not null,
    postcode               text        not null,
    pc4                    text        not null,
    place                  text        not null,
    municipality_code      text,
    website                text,
    travel_km              int         not null default 25 check (travel_km between 0 and 300),
    organisation_id        text        not null unique,
    state                  text        not null check (state in ('PENDING', 'ACTIVE', 'BLOCKED')),
    blocked_reason         text,
    created_at             timestamptz not null default now(),
    confirmed_at           timestamptz,
    lock_version           int         not null default 0
);

-- A person's tie to a school location or company, with their contact details (never public).
create table loket_member (
    id             bigserial primary key,
    user_id        uuid        not null unique,
    school_id      bigint references loket_school (id),
    company_id     bigint references loket_company (id),
    name           text        not null,
    email          text        not null,
    phone          text,
    state          text        not null check (state in ('PENDING', 'AWAITING_OFFICE', 'CONFIRMED', 'REFUSED')),
    confirmed_by   text check (confirmed_by in ('EMAIL_DOMAIN', 'OFFICE', 'REGISTRATION')),
    created_at     timestamptz not null default now(),
    last_seen_at   timestamptz not null default now(),
    check ((school_id is null) <> (company_id is null))
);

-- Offers (by companies) and requests (by schools).
create table loket_listing (
    id             bigserial primary key,
    side           text        not null check (side in ('OFFER', 'REQUEST')),
    company_id     bigint references loket_company (id),
    school_id      bigint references loket_school (id),
    title          text        not null check (length(title) <= 200),
    activity_type  text        not null check (activity_type in ('GASTLES', 'BEDRIJFSBEZOEK', 'CAREER_DAY',
                                                                  'DOCENTENSTAGE', 'PROJECT', 'HYBRID_TEACHING')),
    levels         text[]      not null,
    subjects       text[]      not null default '{}',
    themes         text[]      not null default '{}',
    venues         text[]      not null,
    date_from      date,
    date_until     date,
    duration_minutes int check (duration_minutes between 1 and 100000),
    capacity       int check (capacity between 1 and 100000),
    places_left    int check (places_left >= 0),
    travel_km      int         not null check (travel_km between 0 and 300),
    description    text        not null default '' check (length(description) <= 5000),
    state          text        not null check (state in ('DRAFT', 'PUBLISHED', 'WITHDRAWN', 'HIDDEN')),
    hidden_reason  text,
    created_by     uuid        not null,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    lock_version   int         not null default 0,
    document       tsvector generated always as (
                       setweight(to_tsvector('tp_dutch', title), 'A')
                       || setweight(to_tsvector('tp_dutch', description), 'B')) stored,
    check ((side = 'OFFER') = (company_id is not null)),
    check ((side = 'REQUEST') = (school_id is not null)),
    check (date_until is null or date_from is null or date_until >= date_from)
);
create index loket_listing_published on loket_listing (side, state);
create index loket_listing_document on loket_listing using gin (document);

-- A school's own blocked dates (exam weeks, study days).
create table loket_blocked_date (
    id         bigserial primary key,
    school_id  bigint not null references loket_school (id),
    date_from  date   not null,
    date_until date   not null check (date_until >= date_from),
    reason     text   not null check (length(reason) <= 200)
);

-- School holidays per holiday region and school year, as published, with their source (office maintained).
create table loket_school_holiday (
    id           bigserial primary key,
    region       text not null check (region in ('NOORD', 'MIDDEN', 'ZUID')),
    school_year  text not null check (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
    name         text not null,
    date_from    date not null,
    date_until   date not null check (date_until >= date_from),
    source       text not null,
    source_date  date not null,
    unique (region, school_year, name)
);

-- An activity between a school and a company: proposed on a listing, then accepted, introduced, held, closed.
create table loket_activity (
    id                 bigserial primary key,
    uid                uuid        not null unique,
    offer_id           bigint references loket_listing (id),
    request_id         bigint references loket_listing (id),
    school_id          bigint      not null references loket_school (id),
    company_id         bigint      not null references loket_company (id),
    activity_type      text        not null,
    proposed_by        text        not null check (proposed_by in ('SCHOOL', 'COMPANY')),
    message            text        not null default '' check (length(message) <= 2000),
    state              text        not null check (state in ('PROPOSED', 'DECLINED', 'INTRODUCED', 'HELD',
                                                             'CLOSED', 'WITHDRAWN', 'EXPIRED')),
    decline_reason     text check (length(decline_reason) <= 1000),
    planned_on         date,
    held_on            date,
    school_score       int check (school_score between 1 and 5),
    school_feedback    text check (length(school_feedback) <= 2000),
    company_score      int check (company_score between 1 and 5),
    company_feedback   text check (length(company_feedback) <= 2000),
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    sequence           int         not null default 0,
    reminded_before_on date,
    reminded_feedback_on date,
    lock_version       int         not null default 0,
    check (offer_id is not null or request_id is not null)
);
create index loket_activity_school on loket_activity (school_id, state);
create index loket_activity_company on loket_activity (company_id, state);

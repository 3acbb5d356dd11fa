-- Hybrid teachers in the Loket: a company's professional who would teach some hours a week, a school's vacancy
-- for such hours, the rules (each with its source and validity) that a match is checked against, and the
-- introductions a school asks for.
--
-- A profile belongs to a company and is written by one of its confirmed members: the professional themself (a
-- member of their company) or a company contact registering an employee. Either way the company is the employer,
-- and the profile's contact details (name, e-mail, phone) are never public: a school sees them only once the
-- professional's side has accepted an introduction.

create table loket_hybrid_profile (
    id                   bigserial primary key,
    company_id           bigint      not null references loket_company (id),
    created_by_member    bigint references loket_member (id) on delete set null,
    name                 text        not null check (length(name) between 1 and 200),
    email                text        not null check (length(email) between 3 and 254),
    phone                text check (length(phone) <= 20),
    expertise            text        not null default '' check (length(expertise) <= 1000),
    subjects             text[]      not null check (cardinality(subjects) between 1 and 20),
    levels               text[]      not null check (cardinality(levels) between 1 and 6),
    hours_per_week       int         not null check (hours_per_week between 1 and 40),
    days                 text[]      not null check (cardinality(days) between 1 and 5
                                         and days <@ array['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY']),
    available_from       date        not null,
    available_until      date,
    travel_km            int         not null check (travel_km between 0 and 300),
    -- bevoegd / in opleiding / geen
    qualification        text        not null check (qualification in ('QUALIFIED', 'IN_TRAINING', 'NONE')),
    vog_issued_on        date,       -- verklaring omtrent het gedrag; null: none yet
    employer_consent_on  date,       -- the employer agreed to the hours at school; null: not yet
    state                text        not null check (state in ('ACTIVE', 'PAUSED')),
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    lock_version         int         not null default 0,
    check (available_until is null or available_until >= available_from)
);
create index loket_hybrid_profile_company on loket_hybrid_profile (company_id);

create table loket_hybrid_vacancy (
    id                 bigserial primary key,
    school_id          bigint      not null references loket_school (id),
    created_by_member  bigint references loket_member (id) on delete set null,
    title              text        not null check (length(title) between 1 and 200),
    subject            text        not null,
    level              text        not null,
    hours_per_week     int         not null check (hours_per_week between 1 and 40),
    days               text[]      not null check (cardinality(days) between 1 and 5
                                       and days <@ array['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY']),
    date_from          date        not null,
    date_until         date        not null,
    -- a qualified teacher of the school supervises the hybrid teacher
    supervised         boolean     not null,
    pilot              text check (length(pilot) <= 200),   -- the pilot the vacancy is part of, if any
    description        text        not null default '' check (length(description) <= 2000),
    state              text        not null check (state in ('OPEN', 'CLOSED')),
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    lock_version       int         not null default 0,
    check (date_until >= date_from)
);
create index loket_hybrid_vacancy_school on loket_hybrid_vacancy (school_id);

-- The rules, as data: what, for whom, from when to when, and who says so. Rules are never deleted: the office
-- ends a rule's validity, so a match can always name the rule (and source) it was checked against.
create table loket_hybrid_rule (
    id                        bigserial primary key,
    name                      text        not null check (length(name) between 1 and 200),
    kind                      text        not null check (kind in ('MAX_HOURS_PER_WEEK', 'MAX_DAYS_PER_WEEK',
                                                 'REQUIRES_SUPERVISION', 'REQUIRES_VOG',
                                                 'REQUIRES_EMPLOYER_CONSENT', 'OTHER')),
    value                     numeric(6, 1) check (value > 0),
    applies_to_qualification  text check (applies_to_qualification in ('QUALIFIED', 'IN_TRAINING', 'NONE')),
    levels                    text[]      not null default '{}',   -- empty: every level
    valid_from                date,                                -- null: the source states no start
    valid_until               date,                                -- null: no end known
    scope                     text        not null check (scope in ('NATIONAL', 'PILOT')),
    pilot_name                text check (length(pilot_name) <= 200),
    source                    text        not null check (length(source) between 1 and 500),
    source_quote              text check (length(source_quote) <= 2000),
    source_date               date,                                -- null: the source is not dated
    created_by                uuid,                                -- null: from this migration (a seed)
    created_at                timestamptz not null default now(),
    lock_version              int         not null default 0,
    check ((scope = 'PILOT') = (pilot_name is not null)),
    check (valid_until is null or valid_from is null or valid_until >= valid_from),
    check (kind not in ('MAX_HOURS_PER_WEEK', 'MAX_DAYS_PER_WEEK') or value is not null)
);

-- What the seeds state about rules for guest and hybrid teachers, and nothing more. No seed states a number of
-- hours or days, a supervision or a VOG requirement; seed 004 (Bijlage 1 — De stand van zaken per maatregel van
-- het Techniekpact, 2014; maatregel 11, on technical professionals in mbo) only names where the rule for guest
-- teachers is: the MBO Raad's document on supervised teaching time. The platform holds no content of it, so a
-- match shows it as "cannot tell". The office adds every other rule with its own source.
insert into loket_hybrid_rule (name, kind, value, applies_to_qualification, levels, valid_from, valid_until, scope,
                               pilot_name, source, source_quote, source_date)
values ('Gastdocent in het mbo: zie het document over begeleidende onderwijstijd', 'OTHER', null, null, '{MBO}',
        null, null, 'NATIONAL', null,
        'seed 004_a9afeef750dbdd18.txt: Bijlage 1 — De stand van zaken per maatregel van het Techniekpact (2014), maatregel 11',
        'Als onderdeel van het verbeteringstraject voor zij-instroom, heeft de mbo-raad het document Onderwijstijd '
            || 'opgesteld met betrekking tot begeleidende onderwijstijd (in relatie tot de inzet van technische '
            || 'vakkrachten). […] Gastdocent: zie document begeleidende onderwijstijd.',
        null);

-- A school asks to be introduced to a professional who fits a vacancy; the professional's side accepts or
-- declines. Only an accepted introduction shows the contact details.
create table loket_hybrid_introduction (
    id                  bigserial primary key,
    vacancy_id          bigint      not null references loket_hybrid_vacancy (id) on delete cascade,
    profile_id          bigint      not null references loket_hybrid_profile (id) on delete cascade,
    asked_by_member     bigint references loket_member (id) on delete set null,
    message             text        not null default '' check (length(message) <= 1000),
    state               text        not null check (state in ('ASKED', 'ACCEPTED', 'DECLINED')),
    asked_at            timestamptz not null default now(),
    decided_at          timestamptz,
    decided_by_member   bigint references loket_member (id) on delete set null,
    lock_version        int         not null default 0,
    unique (vacancy_id, profile_id)
);
create index loket_hybrid_introduction_profile on loket_hybrid_introduction (profile_id);

-- The pact registry: editions, lines/themes, goals, actions and their history, partners, regions.
-- Identifiers published in the API (2013-A01, 2016-G01, 2018-T1, NL01, TL01, PV27 ...) are primary keys
-- and never change once landed.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- Dutch full-text search that ignores accents (Fryslân = Fryslan).
create text search configuration tp_dutch (copy = pg_catalog.dutch);
alter text search configuration tp_dutch
    alter mapping for hword, hword_part, word with unaccent, dutch_stem;

-- Every version of every pact data file ever loaded, with its full content: history is never overwritten.
create table data_file_version (
    id          bigserial primary key,
    path        text        not null,
    version     int         not null,
    sha256      text        not null,
    content     text        not null,
    loaded_at   timestamptz not null default now(),
    unique (path, version)
);

-- Every state an entity has had, as loaded from a data file version (append-only).
create table pact_revision (
    id                   bigserial primary key,
    entity_type          text        not null,
    entity_id            text        not null,
    revision             int         not null,
    content              jsonb       not null,
    data_file_version_id bigint      not null references data_file_version (id),
    recorded_at          timestamptz not null default now(),
    unique (entity_type, entity_id, revision)
);

create table edition (
    year         int primary key,
    title        text not null,
    kind         text not null check (kind in ('LINES', 'THEMES')),
    predecessor  int references edition (year),
    introduction text,
    source       text not null,
    links        jsonb not null default '[]',
    notes        jsonb not null default '[]'
);

create table line (
    edition_year int  not null references edition (year),
    code         text not null check (code in ('kiezen', 'leren', 'werken')),
    name         text not null,
    subtitle     text,
    position     int  not null,
    primary key (edition_year, code)
);

create table theme (
    id              text primary key,
    edition_year    int  not null references edition (year),
    number          int  not null,
    title           text not null,
    introduction    text,
    interim_state   text,
    links           jsonb not null default '[]',
    notes           jsonb not null default '[]',
    unique (edition_year, number)
);

create table partner (
    id          text primary key,
    name        text    not null,
    short_name  text,
    category    text    not null,
    aliases     jsonb   not null default '[]',
    signatory   boolean not null,
    source      text,
    notes       jsonb   not null default '[]'
);

create table partner_representative (
    partner_id text not null references partner (id),
    position   int  not null,
    name       text not null,
    function   text,
    primary key (partner_id, position)
);

create table goal (
    id           text primary key,
    edition_year int  not null references edition (year),
    number       int  not null,
    line_code    text,
    title        text not null,
    text         text,
    notes        jsonb not null default '[]',
    unique (edition_year, number),
    foreign key (edition_year, line_code) references line (edition_year, code)
);

create table goal_measure (
    goal_id  text not null references goal (id),
    position int  not null,
    text     text not null,
    primary key (goal_id, position)
);

create table action (
    id           text primary key,
    edition_year int  not null references edition (year),
    number       int  not null,
    line_code    text,
    theme_id     text references theme (id),
    title        text,
    text         text,
    notes        jsonb not null default '[]',
    unique (edition_year, number),
    foreign key (edition_year, line_code) references line (edition_year, code)
);

create table action_item (
    action_id text not null references action (id),
    letter    text not null,
    position  int  not null,
    text      text not null,
    primary key (action_id, letter)
);

-- Owners of actions and goals; as_written keeps the seed's own wording of the organisation.
create table owner (
    item_id    text not null,
    partner_id text not null references partner (id),
    position   int  not null,
    as_written text not null,
    primary key (item_id, partner_id)
);

create table evidence_link (
    item_id  text not null,
    position int  not null,
    label    text not null,
    url      text,
    primary key (item_id, position)
);

-- "Succeeded by": a goal or action continues an earlier one, so multi-year series stay comparable.
create table succession (
    predecessor_id text not null,
    successor_id   text not null,
    basis          text,
    primary key (predecessor_id, successor_id)
);

-- Status per reporting round. Append-only: a changed report for the same round is a new revision.
create table status_report (
    id           bigserial primary key,
    action_id    text        not null references action (id),
    round        text        not null,
    revision     int         not null,
    colour       text        not null check (colour in ('COMPLETED', 'ON_SCHEDULE', 'DELAYED', 'UNKNOWN')),
    text         text        not null,
    links        jsonb       not null default '[]',
    milestones   jsonb       not null default '[]',
    source       text        not null,
    recorded_at  timestamptz not null default now(),
    unique (action_id, round, revision)
);

create table region (
    code        text primary key,
    name        text not null,
    type        text not null check (type in ('COUNTRY', 'LANDSDEEL', 'PROVINCE', 'SUBREGION')),
    parent_code text references region (code) deferrable initially deferred,
    aliases     jsonb not null default '[]',
    notes       jsonb not null default '[]',
    position    int  not null
);

-- The provinces the seeds assign to a Techniekpact landsdeel (a province may be split: no parent then).
create table landsdeel_province (
    landsdeel_code text not null references region (code),
    province_code  text not null references region (code),
    position       int  not null,
    primary key (landsdeel_code, province_code)
);

create table regional_agenda (
    region_code  text not null references region (code),
    edition_year int  not null references edition (year),
    introduction text,
    steering     text,
    source       text,
    notes        jsonb not null default '[]',
    primary key (region_code, edition_year)
);

create table agenda_priority (
    region_code  text not null,
    edition_year int  not null,
    position     int  not null,
    line_code    text,
    text         text not null,
    primary key (region_code, edition_year, position),
    foreign key (region_code, edition_year) references regional_agenda (region_code, edition_year)
);

-- Regional progress per round (2014: seed 004). Append-only like status reports.
create table regional_progress (
    id          bigserial primary key,
    region_code text        not null references region (code),
    round       text        not null,
    revision    int         not null,
    text        text        not null,
    source      text        not null,
    notes       jsonb       not null default '[]',
    recorded_at timestamptz not null default now(),
    unique (region_code, round, revision)
);

create table regional_example (
    id          text primary key,
    theme_id    text not null references theme (id),
    position    int  not null,
    title       text not null,
    region_code text references region (code),
    place       text,
    text        text not null,
    links       jsonb not null default '[]',
    notes       jsonb not null default '[]'
);

-- One row per searchable text, rebuilt from the tables above whenever pact data changes.
create table search_document (
    entity_type text     not null,
    entity_id   text     not null,
    title       text     not null,
    body        text     not null,
    path        text     not null,
    document    tsvector not null,
    primary key (entity_type, entity_id)
);
create index search_document_fts on search_document using gin (document);
create index search_document_trgm on search_document using gin (title gin_trgm_ops);

create index status_report_action on status_report (action_id, round, revision desc);
create index action_edition on action (edition_year, number);
create index goal_edition on goal (edition_year, number);

-- Vacancies and trainings that carry ESCO skills (issue 12): entered by confirmed members of a Loket company
-- (vacancies) or school (trainings), picked by ESCO search or taken from an occupation's ESCO skills. Published
-- ones are public (no personal data, no contact details) and are matched against people's private skills profiles.
-- ESCO URIs are not foreign keys (a later release may drop a concept; the page then shows its id).
create table skill_vacancy (
    id                bigserial primary key,
    company_id        bigint      not null references loket_company (id) on delete cascade,
    title             text        not null check (length(title) between 1 and 200),
    occupation_uri    text check (length(occupation_uri) <= 200),
    municipality_code text check (municipality_code ~ '^GM[0-9]{4}$'),
    place             text check (length(place) <= 100),
    hours_per_week    integer check (hours_per_week between 1 and 60),
    published         boolean     not null default false,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);
create index skill_vacancy_company on skill_vacancy (company_id);

create table skill_vacancy_skill (
    vacancy_id bigint      not null references skill_vacancy (id) on delete cascade,
    uri        text        not null check (length(uri) <= 200),
    essential  boolean     not null,
    source     text        not null check (source in ('picked', 'occupation')),
    added_at   timestamptz not null default now(),
    primary key (vacancy_id, uri)
);

create table skill_training (
    id             bigserial primary key,
    school_id      bigint      not null references loket_school (id) on delete cascade,
    title          text        not null check (length(title) between 1 and 200),
    level          text check (length(level) <= 100),
    occupation_uri text check (length(occupation_uri) <= 200),
    place          text check (length(place) <= 100),
    published      boolean     not null default false,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);
create index skill_training_school on skill_training (school_id);

create table skill_training_skill (
    training_id bigint      not null references skill_training (id) on delete cascade,
    uri         text        not null check (length(uri) <= 200),
    essential   boolean     not null,
    source      text        not null check (source in ('picked', 'occupation')),
    added_at    timestamptz not null default now(),
    primary key (training_id, uri)
);

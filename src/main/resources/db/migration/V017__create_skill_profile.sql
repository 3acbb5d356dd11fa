-- A person's skills profile (issue 12): the occupations they have held and the skills they have, as ESCO concepts.
-- One profile per account, private: only its owner reads or changes it (never a public page or an API answer).
-- A skill's source says how it came in: picked by the person, or taken from an occupation's ESCO skills.
-- The ESCO URIs are not foreign keys: a later ESCO release may drop a concept, and the profile keeps what the person
-- entered (the page then says the concept is no longer in ESCO).
create table skill_profile (
    id         bigserial primary key,
    owner_id   uuid        not null unique references app_user (id) on delete cascade,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create table skill_profile_occupation (
    profile_id bigint      not null references skill_profile (id) on delete cascade,
    uri        text        not null check (length(uri) <= 200),
    added_at   timestamptz not null default now(),
    primary key (profile_id, uri)
);

create table skill_profile_skill (
    profile_id      bigint      not null references skill_profile (id) on delete cascade,
    uri             text        not null check (length(uri) <= 200),
    source          text        not null check (source in ('picked', 'occupation')),
    -- the occupation whose skills brought this one in (source 'occupation')
    from_occupation text check (length(from_occupation) <= 200),
    added_at        timestamptz not null default now(),
    primary key (profile_id, uri)
);

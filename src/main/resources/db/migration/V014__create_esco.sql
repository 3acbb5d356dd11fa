-- ESCO, the platform's common skills language (issue 12): occupations, skills, skill groups and ISCO groups from
-- any ESCO CSV release, with the ESCO version of every fact (the shipped files come from v1.0, v1.1 and v1.2 and
-- are joined on the concept URIs). A newer version's fact replaces an older one; an older one never replaces a
-- newer. Relations are stored only between known concepts; what does not join is kept in the import's record.
create table esco_import (
    id          bigserial primary key,
    version     text        not null,
    source      text        not null,
    actor       text        not null,
    files       jsonb       not null default '[]',
    counts      jsonb       not null default '{}',
    -- per kind of relation or reference that named an unknown concept: the count and a few examples
    unjoined    jsonb       not null default '{}',
    imported_at timestamptz not null default now()
);

create table esco_concept (
    uri         text primary key,
    -- the URI's last segment: the identifier in addresses (a UUID, or an ISCO or skill-group code)
    id          text not null,
    kind        text not null check (kind in ('occupation', 'skill', 'skill-group', 'isco-group')),
    code        text,
    skill_type  text,
    reuse_level text,
    isco_code   text,
    version     text   not null,
    import_id   bigint not null references esco_import (id)
);
create index esco_concept_id on esco_concept (id);

create table esco_label (
    uri          text not null references esco_concept (uri) on delete cascade,
    lang         text not null,
    preferred    text not null,
    alternatives text[] not null default '{}',
    description  text,
    version      text not null,
    primary key (uri, lang)
);

-- broader: source is narrower than target; skill-essential/skill-optional: skill to skill;
-- occupation-essential/occupation-optional: occupation to skill (occupationSkillRelations.csv, when loaded)
create table esco_relation (
    relation   text not null check (relation in ('broader', 'skill-essential', 'skill-optional',
                                                 'occupation-essential', 'occupation-optional')),
    source_uri text not null references esco_concept (uri) on delete cascade,
    target_uri text not null references esco_concept (uri) on delete cascade,
    version    text not null,
    primary key (relation, source_uri, target_uri)
);
create index esco_relation_target on esco_relation (target_uri, relation);

create table esco_collection_member (
    collection text not null,
    uri        text not null references esco_concept (uri) on delete cascade,
    version    text not null,
    primary key (collection, uri)
);

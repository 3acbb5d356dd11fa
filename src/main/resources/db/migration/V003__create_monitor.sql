-- The Techniekpactmonitor: indicators, geographies with a per-year municipality crosswalk, periods,
-- breakdown cells, observations with provenance and revisions, targets, and import jobs.
-- Surrogate integer keys keep the observation rows narrow (tens of millions of rows); the published codes
-- (indicator code, NL01/PV20/AM01/GM0014, 2019JJ00, geslacht=vrouw) stay unique.

create table indicator (
    id             smallserial primary key,
    code           text not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_nl        text not null,
    name_en        text not null,
    definition_nl  text not null,
    definition_en  text not null,
    kind           text not null check (kind in ('COUNT', 'SHARE')),
    unit           text not null check (unit in ('PERSONS', 'JOBS', 'SCHOOLS', 'OTHER', 'PERCENT', 'FRACTION')),
    direction      text check (direction in ('HIGHER', 'LOWER')),  -- null: the seeds leave it open
    source         text not null,
    breakdowns     text[] not null default '{}',
    themes         text[] not null default '{}',
    notes          jsonb not null default '[]',
    data_file      text not null,
    position       int not null,
    check ((kind = 'COUNT') = (unit in ('PERSONS', 'JOBS', 'SCHOOLS', 'OTHER')))
);

-- Actions, goals and themes an indicator is meant to move (ids of action, goal or theme).
create table indicator_link (
    indicator_id  smallint not null references indicator (id),
    item_id       text not null,
    primary key (indicator_id, item_id)
);
create index indicator_link_item on indicator_link (item_id);

create table geography (
    id     serial primary key,
    code   text not null unique,
    kind   text not null check (kind in ('COUNTRY', 'LANDSDEEL', 'TP_LANDSDEEL', 'PROVINCE',
                                         'LABOUR_MARKET_REGION', 'COROP', 'VMBO_REGION', 'MUNICIPALITY')),
    name   text not null,
    source text not null
);
create index geography_kind on geography (kind, code);

-- Which region each municipality belonged to in a year (municipalities merge; labour-market regions move).
create table geography_membership (
    municipality_id  int not null references geography (id),
    year             int not null,
    parent_id        int not null references geography (id),
    import_id        bigint not null,
    primary key (municipality_id, year, parent_id)
);
create index geography_membership_parent on geography_membership (parent_id, year);

create table period (
    id        serial primary key,
    code      text not null unique,
    kind      text not null check (kind in ('YEAR', 'SCHOOL_YEAR', 'QUARTER', 'MONTH')),
    position  double precision not null,   -- fractional year of the period's start, for trends
    starts_on date not null,
    ends_on   date not null
);

-- One breakdown cell: {"geslacht": "vrouw", "niveau": "hbo"}; {} is the total over every dimension.
create table breakdown (
    id      serial primary key,
    key     text not null unique,            -- canonical: geslacht=vrouw;niveau=hbo ('' for the total)
    cell    jsonb not null,
    dims    int not null
);
create index breakdown_cell on breakdown using gin (cell jsonb_path_ops);

create table import_job (
    id                   bigserial primary key,
    format               text not null,
    dataset              text,
    file_name            text not null,
    file_sha256          text not null,
    file_size            bigint not null,
    source_organisation  text not null,
    retrieved_on         date,
    provisional          boolean not null default false,
    mapping              text,          -- as the user gave it (may be invalid JSON: then the job failed)
    state                text not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    progress             int not null default 0 check (progress between 0 and 100),
    rows_read            int not null default 0,
    cells_inserted       int not null default 0,
    cells_revised        int not null default 0,
    cells_unchanged      int not null default 0,
    errors               jsonb not null default '[]',
    message              text,
    started_by           uuid references app_user (id),
    started_at           timestamptz not null default now(),
    finished_at          timestamptz
);

-- The current value of each cell. Shares keep numerator and denominator so any aggregate is
-- sum(numerator) / sum(denominator); value is the count, or a share as the source stated it (seeds).
create table observation (
    indicator_id      smallint not null references indicator (id),
    geography_id      int not null references geography (id),
    period_id         int not null references period (id),
    breakdown_id      int not null references breakdown (id),
    value             double precision,
    numerator         double precision,
    denominator       double precision,
    suppressed_cells  int not null default 0,    -- source cells withheld (<5) that this value leaves out
    derived           boolean not null default false,  -- summed from municipalities through the crosswalk
    import_id         bigint not null references import_job (id),
    revision          int not null default 1,
    primary key (indicator_id, geography_id, period_id, breakdown_id),
    check (value is not null or (numerator is not null and denominator is not null) or suppressed_cells > 0)
);
create index observation_comparison on observation (indicator_id, period_id, geography_id);

-- Superseded values: a new value for a cell moves the old one here. Append-only.
create table observation_revision (
    indicator_id      smallint not null,
    geography_id      int not null,
    period_id         int not null,
    breakdown_id      int not null,
    revision          int not null,
    value             double precision,
    numerator         double precision,
    denominator       double precision,
    suppressed_cells  int not null,
    import_id         bigint not null references import_job (id),
    superseded_by     bigint not null references import_job (id),
    superseded_at     timestamptz not null default now(),
    primary key (indicator_id, geography_id, period_id, breakdown_id, revision)
);

create function observation_revision_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'observation_revision is append-only';
end $$;
create trigger observation_revision_no_change before update or delete on observation_revision
    for each row execute function observation_revision_append_only();

create table target (
    id                  serial primary key,
    indicator_id        smallint not null references indicator (id),
    geography_id        int not null references geography (id),
    breakdown_id        int not null references breakdown (id),
    baseline_period_id  int references period (id),
    baseline_value      double precision,
    target_value        double precision,   -- null: the seed states a target without a number
    target_year         int,
    seed                text not null,
    item_id             text,
    quote               text not null,
    notes               jsonb not null default '[]',
    position            int not null
);
create index target_indicator on target (indicator_id, geography_id);

-- Every figure a seed document states, with the seed's words; those with a period are also observations.
create table seed_figure (
    id            serial primary key,
    indicator_id  smallint not null references indicator (id),
    geography_id  int not null references geography (id),
    breakdown_id  int not null references breakdown (id),
    period_id     int references period (id),    -- null: the seed gives no period
    value         double precision,
    numerator     double precision,
    denominator   double precision,
    provisional   boolean not null default false,
    seed          text not null,
    source_table  text,
    quote         text not null,
    notes         jsonb not null default '[]',
    position      int not null
);
create index seed_figure_indicator on seed_figure (indicator_id);

-- Boundaries for maps, loaded through the imports (GeoJSON), stored as projected SVG paths.
create table geography_shape (
    geography_id  int not null references geography (id),
    year          int not null,
    svg_path      text not null,
    view_width    double precision not null,   -- the viewBox the path was projected into (one per file)
    view_height   double precision not null,
    import_id     bigint not null references import_job (id),
    primary key (geography_id, year)
);

-- Saved column mappings for CSV / xlsx imports, so a user can load the same kind of table again.
create table import_mapping (
    name        text primary key,
    mapping     jsonb not null,
    created_by  uuid references app_user (id),
    created_at  timestamptz not null default now()
);

-- Reports (issue 5): frozen progress reports and factsheet batches.

-- A frozen progress report keeps the model it was made from (JSON, exactly as written), so its documents can be
-- produced again byte for byte; the hashes prove they were, and the archived bytes are kept beside them.
create table progress_report (
    id             uuid primary key,
    edition_year   integer     not null references edition (year),
    reference_date date        not null,
    model_json     text        not null,
    model_sha256   text        not null,
    pdf_sha256     text        not null,
    docx_sha256    text        not null,
    pdf            bytea       not null,
    docx           bytea       not null,
    frozen_at      timestamptz not null default now(),
    frozen_by      uuid references app_user (id),
    frozen_by_name text        not null,
    unique (edition_year, reference_date)
);

-- A frozen report is never changed or removed.
create function progress_report_is_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'progress_report is frozen: rows cannot be changed or removed';
end;
$$;
create trigger progress_report_no_update before update or delete on progress_report
    for each row execute function progress_report_is_frozen();
create trigger progress_report_no_truncate before truncate on progress_report
    for each statement execute function progress_report_is_frozen();

-- A batch of factsheets (every province and labour-market region), made in the background.
create table factsheet_batch (
    id          uuid primary key,
    state       text        not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    total       integer     not null,
    done        integer     not null default 0,
    message     text,
    started_at  timestamptz not null default now(),
    finished_at timestamptz,
    started_by  uuid references app_user (id)
);

create table factsheet_file (
    batch_id    uuid    not null references factsheet_batch (id),
    position    integer not null,
    region_code text    not null,
    file_name   text    not null,
    pdf         bytea   not null,
    sha256      text    not null,
    primary key (batch_id, region_code)
);

-- The programme office hears of submitted updates: per submission, in one digest a day, or not at all; each office
-- member chooses (no row: the daily digest). The digest remembers up to which moment it reported, per person, so
-- each submission is in one digest, whichever instance sends it.
create table office_notification (
    user_id      uuid primary key references app_user (id),
    mode         text not null default 'DAILY' check (mode in ('EACH', 'DAILY', 'NONE')),
    digest_until timestamptz
);

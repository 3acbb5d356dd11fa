-- The Loket's activity workflow (issue 12): who proposed and who accepted an activity (their contact details are
-- shown to both sides once introduced), the dates the rules run on, a calendar feed per school and per company,
-- and saved searches that e-mail a member when a new offer or request fits.

-- The members who proposed and accepted (their names, e-mail addresses and phone numbers are the contact details
-- both sides see from INTRODUCED on); a member removed later leaves the activity without a contact.
alter table loket_activity
    add column proposer_member_id  bigint references loket_member (id) on delete set null,
    add column responder_member_id bigint references loket_member (id) on delete set null,
    add column proposed_on         date,
    add column introduced_at       timestamptz,
    add column closed_on           date;
update loket_activity set proposed_on = (created_at at time zone 'Europe/Amsterdam')::date where proposed_on is null;
alter table loket_activity alter column proposed_on set not null;
create index loket_activity_due on loket_activity (state, planned_on);

-- When a published listing was first announced to the saved searches (null: not yet; listings published before
-- this migration count as announced, they are not new).
alter table loket_listing add column announced_at timestamptz;
update loket_listing set announced_at = now() where state = 'PUBLISHED';
create index loket_listing_unannounced on loket_listing (id) where announced_at is null and state = 'PUBLISHED';

-- The secret address of a school's or company's calendar of agreed activities, stored as its SHA-256 (hex);
-- a new link replaces the old one.
create table loket_calendar_feed (
    id          bigserial primary key,
    school_id   bigint unique references loket_school (id),
    company_id  bigint unique references loket_company (id),
    token_hash  text        not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_by  uuid        not null,
    created_at  timestamptz not null default now(),
    check ((school_id is null) <> (company_id is null))
);

-- A member's saved search: either the public search's question (the side it watches is the member's
-- counterpart: offers for school staff, requests for companies) or "what fits my listing".
create table loket_saved_search (
    id             bigserial primary key,
    member_id      bigint      not null references loket_member (id) on delete cascade,
    side           text        not null check (side in ('OFFER', 'REQUEST')),
    listing_id     bigint references loket_listing (id) on delete cascade,
    query_text     text check (length(query_text) <= 200),
    activity_type  text check (length(activity_type) <= 40),
    level          text check (length(level) <= 10),
    region         text check (length(region) <= 20),
    postcode       text check (length(postcode) <= 10),
    within_km      int check (within_km between 0 and 300),
    date_from      date,
    date_until     date,
    created_at     timestamptz not null default now(),
    last_sent_on   date,
    lock_version   int         not null default 0
);
create index loket_saved_search_member on loket_saved_search (member_id);

-- A new listing that fits a saved search; sent in the search's next e-mail (at most one a day).
create table loket_saved_search_hit (
    saved_search_id  bigint      not null references loket_saved_search (id) on delete cascade,
    listing_id       bigint      not null references loket_listing (id) on delete cascade,
    found_at         timestamptz not null default now(),
    sent_at          timestamptz,
    primary key (saved_search_id, listing_id)
);
create index loket_saved_search_hit_unsent on loket_saved_search_hit (saved_search_id) where sent_at is null;

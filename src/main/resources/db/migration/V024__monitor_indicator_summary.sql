-- The monitor's read model (issue 14): what the overview, the indicator pages and the API show of each indicator
-- beside its series, computed from the stored cells in the transaction that changes them
-- (monitor.internal.MonitorSummaries), so no page sums an indicator's cells to draw itself.
create table monitor_indicator_summary (
    indicator_id     smallint primary key references indicator (id) on delete cascade,
    -- periods with figures, oldest first; kinds of geography with figures
    periods          text[]      not null,
    geography_kinds  text[]      not null,
    -- every breakdown value stored, per dimension: {"geslacht": ["man", "vrouw"], …}
    breakdown_values jsonb       not null,
    -- the two newest periods of the national series, all breakdowns summed (SeriesPoint without provenance)
    latest           jsonb       not null,
    -- the colour the indicator's targets suggest together (StatusColour)
    suggested        text        not null,
    refreshed_at     timestamptz not null default now()
);

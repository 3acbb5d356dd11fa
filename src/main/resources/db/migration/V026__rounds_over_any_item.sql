-- Reporting rounds cover any item of any edition: the actions of 2013, the goals of 2016, the themes of 2018.
-- A task names its pact item (action, goal or theme id; the pact module checks it exists when the round is opened)
-- instead of only an action, and a status report belongs to any such item.
alter table round_task rename column action_id to item_id;
alter table round_task drop constraint round_task_action_id_fkey;

-- An item that names no owning partner (the 2018 themes name none) is reported on by the partner the office chooses
-- for it in the round; for an owned item this stays empty and the owners report.
alter table round_task add column reporting_partner_id text references partner (id);

alter table status_report rename column action_id to item_id;
alter table status_report drop constraint status_report_action_id_fkey;
alter index status_report_action rename to status_report_item;

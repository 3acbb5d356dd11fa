-- A factsheet batch whose platform died is taken over: its worker writes a heartbeat with every file; a batch
-- without one for five minutes is claimed by an instance and continued after its last finished file.
alter table factsheet_batch add column heartbeat_at timestamptz;

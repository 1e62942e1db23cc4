-- The event log (issue 14 point 1), a transactional outbox: every change a merchant cares about is an immutable row
-- written by a trigger on the changed table, so in the SAME transaction as the change, by every writer (each dompet
-- instance, the operator's tools, a later migration): a change can never commit without its event, nor an event
-- without its change. The trigger is the one place that says which change is which event.
--
-- snapshot: the changed row as stored (to_jsonb of the row), so that the event shows the resource as it was; dompet
-- renders it at read time with the same mapping as the resource's GET endpoint (jsonb_populate_record turns it back
-- into a row of the table). A column added later reads null from older snapshots.
--
-- xid: the writing transaction (pg_current_xact_id()). Readers page in (xid, seq) order and read only rows whose
-- transaction is older than the oldest transaction still running (pg_snapshot_xmin(pg_current_snapshot())): every
-- such transaction has ended, and any later event gets a larger xid, so a reader never skips an event that commits
-- after a later-numbered one (a plain seq order would).
create table event (
    seq           bigint       generated always as identity primary key,
    id            varchar(36)  not null default 'evt_' || replace(gen_random_uuid()::text, '-', '')
        constraint event_id_key unique,
    type          varchar(40)  not null
        constraint event_type_check check (type in ('top_up.succeeded', 'top_up.failed', 'top_up.needs_review',
            'top_up.reviewed', 'notification.credited', 'notification.conflict', 'top_up_widget.completed',
            'top_up_widget.expired', 'bill_widget.issued', 'bill_widget.expired')),
    resource_type varchar(24)  not null
        constraint event_resource_type_check check (resource_type in ('top_up', 'top_up_widget', 'bill_widget')),
    resource_id   uuid         not null,
    snapshot      jsonb        not null,
    created_at    timestamptz  not null default clock_timestamp(),
    xid           xid8         not null default pg_current_xact_id()
);

-- A change happens once per resource, so its event is written once: a replayed or duplicate request writes none
-- (the triggers insert ON CONFLICT DO NOTHING). Reviews and conflicts may recur, and are not limited here.
create unique index event_once_per_resource_key on event (resource_id, type)
    where type not in ('top_up.reviewed', 'notification.conflict');
create index event_page_idx on event (xid, seq);
create index event_type_page_idx on event (type, xid, seq);

comment on table event is 'the event log: one immutable row per change a merchant cares about, written by triggers in the transaction of the change';

create function dompet_event(event_type text, kind text, resource uuid, row_snapshot jsonb) returns void
    language sql
as $$
    insert into event (type, resource_type, resource_id, snapshot)
    values (event_type, kind, resource, row_snapshot)
    on conflict do nothing
$$;

create function top_up_event() returns trigger
    language plpgsql
as $$
begin
    if NEW.status is distinct from (case when TG_OP = 'UPDATE' then OLD.status end) then
        if NEW.status = 'SUCCEEDED' then
            perform dompet_event('top_up.succeeded', 'top_up', NEW.id, to_jsonb(NEW));
        elsif NEW.status = 'FAILED' then
            perform dompet_event('top_up.failed', 'top_up', NEW.id, to_jsonb(NEW));
        end if;
    end if;
    if NEW.needs_review and not coalesce(case when TG_OP = 'UPDATE' then OLD.needs_review end, false) then
        perform dompet_event('top_up.needs_review', 'top_up', NEW.id, to_jsonb(NEW));
    end if;
    return null;
end
$$;

create trigger top_up_event after insert or update on top_up
    for each row execute function top_up_event();

-- The inbox entry and its top-up are written in one transaction, the top-up first (the entry refers to it).
create function notification_event() returns trigger
    language plpgsql
as $$
begin
    perform dompet_event('notification.credited', 'top_up', t.id, to_jsonb(t)) from top_up t where t.id = NEW.top_up_id;
    return null;
end
$$;

create trigger notification_event after insert on top_up_notification
    for each row execute function notification_event();

create function top_up_widget_event() returns trigger
    language plpgsql
as $$
begin
    if NEW.status is distinct from (case when TG_OP = 'UPDATE' then OLD.status end) then
        if NEW.status = 'COMPLETED' then
            perform dompet_event('top_up_widget.completed', 'top_up_widget', NEW.id, to_jsonb(NEW));
        elsif NEW.status = 'EXPIRED' then
            perform dompet_event('top_up_widget.expired', 'top_up_widget', NEW.id, to_jsonb(NEW));
        end if;
    end if;
    return null;
end
$$;

create trigger top_up_widget_event after insert or update on top_up_widget_session
    for each row execute function top_up_widget_event();

create function bill_widget_event() returns trigger
    language plpgsql
as $$
begin
    if NEW.status is distinct from (case when TG_OP = 'UPDATE' then OLD.status end) then
        if NEW.status = 'ISSUED' then
            perform dompet_event('bill_widget.issued', 'bill_widget', NEW.id, to_jsonb(NEW) - 'token');
        elsif NEW.status = 'EXPIRED' then
            perform dompet_event('bill_widget.expired', 'bill_widget', NEW.id, to_jsonb(NEW) - 'token');
        end if;
    end if;
    return null;
end
$$;

create trigger bill_widget_event after insert or update on bill_widget
    for each row execute function bill_widget_event();

-- Expiry is a matter of time, not of a write: the expiry sweep (a scheduled job, and every read of the event log)
-- finds open widgets past their lifetime without an expired event through these small partial indexes.
create index top_up_widget_session_issued_open_idx on top_up_widget_session (issued_at) where status = 'OPEN';
create index bill_widget_issued_idx on bill_widget (issued_at) where status = 'ISSUED';

-- Webhook deliveries (issue 14 point 2): one row per (event, endpoint, round); a redelivery is a new round. Each row
-- is claimed by one instance at a time (FOR UPDATE SKIP LOCKED and a lease on PostgreSQL's clock), and the POST is
-- made outside any transaction. event_xid/event_seq/resource_id are the event's, copied so that the claim can keep
-- the order per resource without a join.
create table webhook_delivery (
    id              bigint        generated always as identity primary key,
    event_id        varchar(36)   not null constraint webhook_delivery_event_fkey references event (id),
    endpoint        varchar(64)   not null,
    round           integer       not null default 1 constraint webhook_delivery_round_check check (round >= 1),
    resource_id     uuid          not null,
    event_xid       xid8          not null,
    event_seq       bigint        not null,
    status          varchar(12)   not null default 'PENDING'
        constraint webhook_delivery_status_check check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer       not null default 0 constraint webhook_delivery_attempts_check check (attempts >= 0),
    next_attempt_at timestamptz   not null default clock_timestamp(),
    lease_until     timestamptz,
    lease_token     uuid,
    last_http_status integer,
    last_error      varchar(255),
    created_at      timestamptz   not null default clock_timestamp(),
    updated_at      timestamptz   not null default clock_timestamp(),
    constraint webhook_delivery_once_key unique (event_id, endpoint, round)
);

create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at, id) where status = 'PENDING';
create index webhook_delivery_resource_idx on webhook_delivery (endpoint, resource_id, event_xid, event_seq)
    where status = 'PENDING';
create index webhook_delivery_list_idx on webhook_delivery (endpoint, status, id);

-- How far each configured endpoint has been fanned out in the event log's (xid, seq) order. A new endpoint starts
-- at the end of the log: it gets the events written after it was configured.
create table webhook_endpoint (
    name       varchar(64) primary key,
    after_xid  xid8        not null,
    after_seq  bigint      not null
);

comment on table webhook_delivery is 'webhook deliveries: one row per event, endpoint and round, claimed with a lease';
comment on table webhook_endpoint is 'the event log position up to which each webhook endpoint has its deliveries';

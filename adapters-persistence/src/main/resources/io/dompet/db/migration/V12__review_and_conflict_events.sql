-- The two event types V10 named but nothing wrote (issue 14 point 1): written, like the others, by a trigger in the
-- transaction of the change, so an operator's decision or a refused notification never commits without its event.

-- A notification conflict is a resource of its own in the log (GET /api/v1/notification-conflicts shows it).
alter table event drop constraint event_resource_type_check;
alter table event add constraint event_resource_type_check
    check (resource_type in ('top_up', 'top_up_widget', 'bill_widget', 'notification_conflict'));

-- top_up.reviewed: one per operator decision on a top-up (recheck, succeed, fail), with the top-up as stored after the
-- decision. The audit row is written after the change it records, in the same transaction, so the top-up read here
-- is the decided one. Acknowledging a notification conflict is not a top-up review and writes no event.
create function operator_review_event() returns trigger
    language plpgsql
as $$
begin
    if NEW.action in ('RECHECK', 'SUCCEED', 'FAIL') then
        perform dompet_event('top_up.reviewed', 'top_up', t.id, to_jsonb(t)) from top_up t where t.id = NEW.subject_id;
    end if;
    return null;
end
$$;

create trigger operator_review_event after insert on operator_review
    for each row execute function operator_review_event();

-- notification.conflict: one per recorded conflict. A redelivery of a content already recorded inserts no row
-- (on conflict do nothing), so it fires no trigger and writes no second event.
create function notification_conflict_event() returns trigger
    language plpgsql
as $$
begin
    perform dompet_event('notification.conflict', 'notification_conflict', NEW.id, to_jsonb(NEW));
    return null;
end
$$;

create trigger notification_conflict_event after insert on notification_conflict
    for each row execute function notification_conflict_event();

-- Claim before send (issue 9): a direct top-up is claimed for sending (SENDING) by the one request that may send
-- it, in a versioned update, before Finpay's top-up is called. Only a REQUESTED top-up is provably unsent.
alter table top_up drop constraint top_up_status_check;
alter table top_up add constraint top_up_status_check
    check (status in ('REQUESTED', 'SENDING', 'PENDING', 'SUCCEEDED', 'FAILED'));

-- touched_at: when the row last changed (insert or versioned update), on PostgreSQL's clock, never an instance's:
-- a REQUESTED or SENDING top-up untouched for dompet.reconciliation.requested-stale-after has lost its request.
-- lease_until: the reconciler that checks the top-up holds it until then (database clock); not a domain change, so
-- it does not bump the version, and every versioned update ends it.
-- review_reason: why a top-up flagged needs_review needs a person, when dompet knows more than "budget spent".
alter table top_up
    add column touched_at    timestamptz,
    add column lease_until   timestamptz,
    add column review_reason varchar(255);
update top_up set touched_at = updated_at;
alter table top_up
    alter column touched_at set default clock_timestamp(),
    alter column touched_at set not null;

-- Existing rows, as the previous dompet wrote them. It recorded the account inquiry (customer_name, fee) right
-- before sending the top-up, so a REQUESTED row with a name may have been sent: it is SENDING now, and a "not found"
-- will never fail it. Its earlier reconciler moved REQUESTED rows without a name (whose request died before the
-- inquiry was recorded, so before anything was sent) to PENDING on an inconclusive check: they were never sent and
-- are REQUESTED again, so that Finpay's "not found" fails them as it should.
update top_up set status = 'SENDING'
 where kind = 'DIRECT' and status = 'REQUESTED' and customer_name is not null;
update top_up set status = 'REQUESTED'
 where kind = 'DIRECT' and status = 'PENDING' and customer_name is null;

alter table top_up
    add constraint top_up_sending_has_inquiry
        check (status <> 'SENDING' or (customer_name is not null and fee is not null)),
    add constraint top_up_review_reason_needs_review check (review_reason is null or needs_review);

-- The reconciler's claim: open top-ups (now SENDING too) in the order their checks fall due.
drop index top_up_due_for_check_idx;
create index top_up_due_for_check_idx on top_up (coalesce(next_check_at, created_at), id)
    where status in ('REQUESTED', 'SENDING', 'PENDING');

comment on column top_up.touched_at is 'last insert or versioned update, on the database clock (clock_timestamp())';
comment on column top_up.lease_until is 'the reconciler checking this top-up holds it until then (database clock); no version bump';
comment on column top_up.review_reason is 'why needs_review is set, when more is known than a spent budget';

-- ShedLock's table (V3) is no longer used: reconcilers share the work by leasing rows, not by one job lock.
drop table shedlock;

-- Lists and operator review (issue 14 points 3 and 4).

-- The lists are newest first, keyset-paginated over (created_at, id): each page is "where (created_at, id) < (:cursor)
-- order by created_at desc, id desc limit n+1". Each index below serves one filter with that order, so a page reads
-- n+1 index entries whatever the table's size (checked with EXPLAIN in ListPersistenceAdapterTest):
--   no filter, or createdFrom/createdTo alone        top_up_created_idx
--   status (with or without dates)                   top_up_status_created_idx
--   needsReview=true (few rows: a partial index)     top_up_needs_review_created_idx
--   customerNumber                                   top_up_customer_latest_idx (V2), already in this order
--   referenceNo                                      top_up_reference_no_idx (V4's unique index covers notified only)
--   idempotencyKey (of the client, or legacy)        top_up_client_idempotency_key_key (V8)
create index top_up_created_idx on top_up (created_at desc, id desc);
create index top_up_status_created_idx on top_up (status, created_at desc, id desc);
create index top_up_needs_review_created_idx on top_up (created_at desc, id desc) where needs_review;
create index top_up_reference_no_idx on top_up (reference_no);

-- Widget sessions and bill widgets are listed the same way, by requested_at (when dompet created them).
create index top_up_widget_session_requested_idx on top_up_widget_session (requested_at desc, id desc);
create index top_up_widget_session_status_requested_idx
    on top_up_widget_session (status, requested_at desc, id desc);
create index top_up_widget_session_phone_requested_idx
    on top_up_widget_session (phone_number, requested_at desc, id desc);
create index bill_widget_requested_idx on bill_widget (requested_at desc, id desc);
create index bill_widget_status_requested_idx on bill_widget (status, requested_at desc, id desc);
create index bill_widget_bill_number_requested_idx on bill_widget (bill_number, requested_at desc, id desc)
    where bill_number is not null;

-- The audit of operator decisions: who (the API client's configured name), when (PostgreSQL's clock), what (the
-- action on which record, its status before and after) and why. Written in the transaction of the change it records;
-- rows are never updated. subject_id is a top-up's id or a notification conflict's, deliberately without a foreign
-- key: the audit outlives anything it names.
create table operator_review (
    id            uuid         primary key,
    subject_id    uuid         not null,
    reviewer      varchar(64)  not null
        constraint operator_review_reviewer_check check (reviewer ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    action        varchar(16)  not null
        constraint operator_review_action_check check (action in ('RECHECK', 'SUCCEED', 'FAIL', 'ACKNOWLEDGE')),
    reason        varchar(500)
        constraint operator_review_reason_check check (btrim(reason) <> ''),
    reference_no  varchar(64),
    status_before varchar(16)  not null,
    status_after  varchar(16)  not null,
    reviewed_at   timestamptz  not null default clock_timestamp()
);

create index operator_review_subject_idx on operator_review (subject_id, reviewed_at, id);

comment on table operator_review is 'operator decisions (review of a top-up, acknowledgement of a notification conflict), one row each, never updated';
comment on column operator_review.reviewer is 'the API client (dompet.api.keys.<name>) whose key made the decision';

-- Notification conflicts: a Notify Top Up whose referenceNo is in the inbox already but with another amount or
-- phone. dompet refuses it (409 4090000) and credits nothing; it is recorded here, once per distinct content, for an
-- operator to look at and acknowledge. Before this migration such deliveries were only logged.
create table notification_conflict (
    id               uuid           primary key,
    reference_no     varchar(64)    not null,
    customer_number  varchar(14)    not null
        constraint notification_conflict_customer_number_check check (customer_number ~ '^628[1-9][0-9]{7,10}$'),
    amount           numeric(17, 2) not null
        constraint notification_conflict_amount_check check (amount > 0),
    currency         char(3)        not null
        constraint notification_conflict_currency_check check (currency = 'IDR'),
    channel          varchar(32)    not null,
    received_at      timestamptz    not null default clock_timestamp(),
    acknowledged_at  timestamptz,
    acknowledged_by  varchar(64),
    version          bigint         not null default 0,
    constraint notification_conflict_content_key unique (reference_no, customer_number, amount, channel),
    constraint notification_conflict_acknowledged_by_whom
        check ((acknowledged_at is null) = (acknowledged_by is null))
);

create index notification_conflict_received_idx on notification_conflict (received_at desc, id desc);
create index notification_conflict_open_idx on notification_conflict (received_at desc, id desc)
    where acknowledged_at is null;

comment on table notification_conflict is 'notifications refused because their referenceNo was credited with another amount or phone; one row per distinct content';

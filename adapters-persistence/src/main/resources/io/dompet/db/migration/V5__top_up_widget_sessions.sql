-- Finpay Money top-up widgets issued to customers, as io.dompet.domain.widget.TopUpWidgetSession describes them.
-- As in V2 and V4, every rule of the domain that a single row can break is repeated here as a named constraint, so
-- that no writer can store a session the domain could not load.
create table top_up_widget_session (
    id              uuid         primary key,
    -- dompet's transNumber of the widget at Finpay: letters and digits, unique across every dompet instance
    trans_number    varchar(100) not null
        constraint top_up_widget_session_trans_number_key unique
        constraint top_up_widget_session_trans_number_check check (trans_number ~ '^[A-Za-z0-9]{1,100}$'),
    -- canonical international form, as in top_up.customer_number
    phone_number    varchar(14)  not null
        constraint top_up_widget_session_phone_number_check check (phone_number ~ '^628[1-9][0-9]{7,10}$'),
    status          varchar(16)  not null
        constraint top_up_widget_session_status_check
            check (status in ('REQUESTED', 'OPEN', 'COMPLETED', 'EXPIRED', 'FAILED')),
    widget_url      varchar(2048),
    failure_code    varchar(64)
        constraint top_up_widget_session_failure_code_check check (btrim(failure_code) <> ''),
    failure_message varchar(255),
    -- the notified top-up that completed the session; a top-up completes at most one session
    completed_by    uuid
        constraint top_up_widget_session_completed_by_key unique
        constraint top_up_widget_session_completed_by_fkey references top_up (id),
    requested_at    timestamptz  not null,
    issued_at       timestamptz,
    version         bigint       not null default 0
        constraint top_up_widget_session_version_check check (version >= 0),

    constraint top_up_widget_session_issued_has_url
        check (status not in ('OPEN', 'COMPLETED', 'EXPIRED') or (widget_url is not null and issued_at is not null)),
    constraint top_up_widget_session_failed_has_failure check ((status = 'FAILED') = (failure_code is not null)),
    constraint top_up_widget_session_failure_has_message check ((failure_code is null) = (failure_message is null)),
    constraint top_up_widget_session_completed_has_top_up check ((status = 'COMPLETED') = (completed_by is not null))
);

-- The completion query of Notify Top Up: the oldest OPEN session of a phone issued after a cut-off. The partial index
-- holds open sessions only, so it stays small however many settled ones pile up; id settles ties of issued_at.
create index top_up_widget_session_open_idx on top_up_widget_session (phone_number, issued_at, id)
    where status = 'OPEN';

comment on table top_up_widget_session is 'Finpay Money top-up widgets issued to customers, one row per transNumber';
comment on column top_up_widget_session.status is 'stored status; an OPEN session past its lifetime reads EXPIRED in the domain';
comment on column top_up_widget_session.completed_by is 'the notified top-up that completed the session (COMPLETED only)';
comment on column top_up_widget_session.version is 'optimistic-locking version: UPDATE ... SET version = version + 1 WHERE version = :expected';

-- transNumber numbers, unique across every dompet instance that shares this database. The generated transNumber is
-- 'DW' || yyMMdd (Asia/Jakarta) || the number left-padded to 12 digits; like partner_reference_seq (V2) the sequence
-- stops at the largest 12-digit number (no cycle), so a number is never cut short into one already used.
create sequence widget_trans_number_seq as bigint minvalue 1 maxvalue 999999999999 no cycle;

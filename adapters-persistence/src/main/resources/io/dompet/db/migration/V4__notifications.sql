-- Notify Top Up: top-ups Finpay tells us about (kinds WIDGET and CHANNEL) and the inbox of received notifications.
-- As in V2, every rule of io.dompet.domain.topup.TopUp that a single row can break is repeated as a named constraint.
-- V2 is left as it is (it may be applied somewhere already); everything new is added here.

-- The channel the customer paid through, as Finpay names it (io.dompet.domain.topup.TopUpChannel: 1 to 32 printable
-- ASCII characters); only notified top-ups have one. Every row stored before this migration is DIRECT (nothing could
-- create another kind), so the checks below hold for them with a null channel.
alter table top_up add column channel varchar(32)
    constraint top_up_channel_check check (channel ~ '^[!-~]{1,32}$');

alter table top_up
    add constraint top_up_direct_has_no_channel check (kind <> 'DIRECT' or channel is null),
    -- a notified top-up exists only because Finpay said the customer paid: it is born SUCCEEDED under Finpay's
    -- referenceNo, through a channel
    add constraint top_up_notified_is_settled
        check (kind = 'DIRECT' or (channel is not null and status = 'SUCCEEDED' and reference_no is not null));

-- A Finpay referenceNo credits a wallet once: at most one notified top-up per referenceNo. Of two concurrent
-- deliveries the second waits here for the first to commit or roll back, then fails (commit) or proceeds (rollback).
-- Direct top-ups are left out: their referenceNo is Finpay's answer to our own request, already unique through
-- partner_reference_no.
create unique index top_up_notified_reference_no_key on top_up (reference_no) where kind <> 'DIRECT';

-- The inbox: each Notify Top Up dompet accepted, once per Finpay referenceNo, exactly as it arrived (the raw bytes the
-- signature was checked over, the headers, the path), with what it said and the top-up it created.
create table top_up_notification (
    reference_no    varchar(64)    primary key
        constraint top_up_notification_reference_no_check check (btrim(reference_no) <> ''),
    top_up_id       uuid           not null
        constraint top_up_notification_top_up_id_key unique
        constraint top_up_notification_top_up_id_fkey references top_up (id),
    -- canonical international form, as in top_up.customer_number
    customer_number varchar(14)    not null
        constraint top_up_notification_customer_number_check check (customer_number ~ '^628[1-9][0-9]{7,10}$'),
    amount          numeric(17, 2) not null
        constraint top_up_notification_amount_check check (amount > 0),
    currency        char(3)        not null
        constraint top_up_notification_currency_check check (currency = 'IDR'),
    channel         varchar(32)    not null
        constraint top_up_notification_channel_check check (channel ~ '^[!-~]{1,32}$'),
    raw_body        bytea          not null,
    -- every header as received: {"X-SIGNATURE": ["…"], …}, names as they arrived, values in arrival order
    headers         jsonb          not null
        constraint top_up_notification_headers_check check (
            jsonb_typeof(headers) = 'object'
            -- strict: lax mode would unwrap the arrays before the filters look at them
            and not jsonb_path_exists(headers, 'strict $.* ? (@.type() != "array")')
            and not jsonb_path_exists(headers, 'strict $.* ? (@.type() == "array")[*] ? (@.type() != "string")')),
    request_path    varchar(255)   not null,
    received_at     timestamptz    not null,
    recorded_at     timestamptz    not null default now()
);

comment on table top_up_notification is 'Notify Top Up inbox: one row per Finpay referenceNo, stored in the transaction that credits the wallet';
comment on column top_up_notification.raw_body is 'the request body byte for byte, as its signature was verified';
comment on column top_up_notification.headers is 'the request headers as a JSON object of name to array of values';
comment on column top_up.channel is 'the channel a notified (WIDGET, CHANNEL) top-up was paid through; null for DIRECT';

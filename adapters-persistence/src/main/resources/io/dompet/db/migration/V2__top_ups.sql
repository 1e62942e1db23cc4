-- Top-ups: one cash-in to a customer's wallet, as io.dompet.domain.topup.TopUp describes it.
-- Every rule of the domain that a single row can break is repeated here as a named constraint, so that no writer,
-- dompet or a person with psql, can store a top-up the domain could not load.
create table top_up (
    id                   uuid           primary key,
    kind                 varchar(16)    not null
        constraint top_up_kind_check check (kind in ('DIRECT', 'WIDGET', 'CHANNEL')),
    status               varchar(16)    not null
        constraint top_up_status_check check (status in ('REQUESTED', 'PENDING', 'SUCCEEDED', 'FAILED')),
    -- canonical international form of an Indonesian mobile number (628…, not 6280…, 11 to 14 digits); no foreign key
    -- to wallet: the wallet row is created by the first credit, after its top-up has been stored
    customer_number      varchar(14)    not null
        constraint top_up_customer_number_check check (customer_number ~ '^628[1-9][0-9]{7,10}$'),
    amount               numeric(17, 2) not null
        constraint top_up_amount_check check (amount > 0),
    currency             char(3)        not null default 'IDR'
        constraint top_up_currency_check check (currency = 'IDR'),
    -- dompet's identifier of the top-up at Finpay; null only for kinds Finpay numbers itself (WIDGET, CHANNEL)
    partner_reference_no varchar(64)
        constraint top_up_partner_reference_no_key unique
        constraint top_up_partner_reference_no_check check (partner_reference_no ~ '^[A-Za-z0-9]{1,64}$'),
    -- the client's Idempotency-Key (printable ASCII without spaces); null for top-ups no client asked for
    idempotency_key      varchar(64)
        constraint top_up_idempotency_key_key unique
        constraint top_up_idempotency_key_check check (idempotency_key ~ '^[!-~]{1,64}$'),
    customer_name        varchar(255),
    fee                  numeric(17, 2)
        constraint top_up_fee_check check (fee >= 0),
    fee_type             varchar(64),
    -- Finpay's referenceNo of the top-up
    reference_no         varchar(64)
        constraint top_up_reference_no_check check (btrim(reference_no) <> ''),
    failure_code         varchar(64)
        constraint top_up_failure_code_check check (btrim(failure_code) <> ''),
    failure_message      varchar(255),
    needs_review         boolean        not null default false,
    check_attempts       integer        not null default 0
        constraint top_up_check_attempts_check check (check_attempts >= 0),
    next_check_at        timestamptz,
    created_at           timestamptz    not null,
    updated_at           timestamptz    not null,
    version              bigint         not null default 0
        constraint top_up_version_check check (version >= 0),

    constraint top_up_succeeded_has_reference_no check (status <> 'SUCCEEDED' or reference_no is not null),
    constraint top_up_failed_has_failure check ((status = 'FAILED') = (failure_code is not null)),
    constraint top_up_failure_has_message check ((failure_code is null) = (failure_message is null)),
    constraint top_up_direct_has_references
        check (kind <> 'DIRECT' or (partner_reference_no is not null and idempotency_key is not null))
);

-- The reconciler's query: open top-ups (REQUESTED, PENDING) in the order their checks fall due. The partial index
-- holds open top-ups only, so it stays small however many settled top-ups pile up.
create index top_up_due_for_check_idx on top_up (coalesce(next_check_at, created_at), id)
    where status in ('REQUESTED', 'PENDING');

-- A customer's latest top-ups, newest first.
create index top_up_customer_latest_idx on top_up (customer_number, created_at desc, id desc);

comment on table top_up is 'top-ups of customer wallets: direct (merchant-funded) ones and those Finpay notified';
comment on column top_up.version is 'optimistic-locking version: UPDATE ... SET version = version + 1 WHERE version = :expected';
comment on column top_up.next_check_at is 'when the reconciler''s next status inquiry is due; null = as soon as the top-up is open and old enough';
comment on column top_up.needs_review is 'the reconciler spent its budget of status inquiries without an outcome: a person must look';

-- partnerReferenceNo numbers, unique across every dompet instance that shares this database. The generated
-- reference is 'DP' || yyMMdd (Asia/Jakarta) || the number left-padded to 12 digits; the sequence stops at the
-- largest 12-digit number (no cycle), so a number is never cut short into one already used.
create sequence partner_reference_seq as bigint minvalue 1 maxvalue 999999999999 no cycle;

-- A top-up's customer name becomes its wallet's name when it is credited: give both the same room.
alter table wallet alter column customer_name type varchar(255);

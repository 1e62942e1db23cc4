-- Finpay bill-payment widgets: the biller catalogue (data, not code) and the widgets issued, as
-- io.dompet.domain.billwidget.BillWidget describes them. As in V2, V4 and V5, every rule of the domain that a single
-- row can break is repeated here as a named constraint, so that no writer can store a widget the domain could not load.

-- The billers a widget may offer, by Finpay product code. Adding a biller is an insert, not a release.
create table biller (
    code     char(6)      primary key
        constraint biller_code_check check (code ~ '^[0-9]{6}$'),
    name     varchar(100) not null
        constraint biller_name_check check (btrim(name) <> ''),
    category varchar(64)  not null
        constraint biller_category_check check (btrim(category) <> '')
);

comment on table biller is 'the biller catalogue: Finpay product codes a bill widget may offer, with their name and category';

insert into biller (code, name, category) values
    ('080003', 'BPJS Kesehatan', 'health insurance'),
    ('070001', 'PLN Postpaid', 'electricity'),
    ('070002', 'PLN Prepaid', 'electricity'),
    ('503000', 'PDAM', 'water'),
    ('001001', 'Telkom', 'telephone'),
    ('010001', 'Postpaid mobile', 'telephone'),
    ('020013', 'Adira Finance', 'multifinance'),
    ('050017', 'PNBP', 'state revenue');

-- True when no element of codes repeats (io.dompet.domain.billwidget.BillWidget refuses repeated product codes).
create function bill_widget_codes_distinct(codes text[]) returns boolean
    language sql immutable strict parallel safe
as $$
    select count(distinct code) = count(*) from unnest(codes) as code
$$;

create table bill_widget (
    id                  uuid          primary key,
    -- dompet's trxId and uniqKey of the widget at Finpay: letters and digits, unique across every dompet instance
    trx_id              varchar(32)   not null
        constraint bill_widget_trx_id_key unique
        constraint bill_widget_trx_id_check check (trx_id ~ '^[A-Za-z0-9]{1,32}$'),
    uniq_key            varchar(32)   not null
        constraint bill_widget_uniq_key_key unique
        constraint bill_widget_uniq_key_check check (uniq_key ~ '^[A-Za-z0-9]{1,32}$'),
    -- the billers offered, in the order the merchant gave them: 1 to 999 distinct six-digit codes, no nulls. The
    -- codes are not foreign keys to biller: a biller leaving the catalogue does not rewrite widgets already issued.
    product_codes       text[]        not null
        constraint bill_widget_product_codes_check check (
            array_ndims(product_codes) = 1
            and cardinality(product_codes) between 1 and 999
            and array_position(product_codes, null) is null
            -- array_to_string skips nulls: the line above refuses them
            and array_to_string(product_codes, ',') ~ '^[0-9]{6}(,[0-9]{6})*$'
            and bill_widget_codes_distinct(product_codes)),
    -- the pre-filled bill (io.dompet.domain.billwidget.BillInfo): absent altogether, or with its bill number
    bill_number         varchar(32)
        constraint bill_widget_bill_number_check check (bill_number ~ '^[A-Za-z0-9]{1,32}$'),
    bill_amount         numeric(17, 2)
        constraint bill_widget_bill_amount_check check (bill_amount >= 0),
    bill_period         varchar(10)
        constraint bill_widget_bill_period_check check (bill_period ~ '^[A-Za-z0-9]{1,10}$'),
    -- personal data: never logged, never quoted in an exception
    bill_customer_name  varchar(100)
        constraint bill_widget_bill_customer_name_check
            check (btrim(bill_customer_name) <> '' and bill_customer_name !~ '[\x01-\x1f\x7f]'),
    bill_customer_phone varchar(15)
        constraint bill_widget_bill_customer_phone_check check (bill_customer_phone ~ '^[0-9]{6,15}$'),
    bill_customer_email varchar(100)
        constraint bill_widget_bill_customer_email_check
            check (bill_customer_email ~ '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$'),
    is_notif            boolean       not null,
    timeout_seconds     integer       not null
        constraint bill_widget_timeout_seconds_check check (timeout_seconds between 30 and 86400),
    back_url            varchar(100)  not null
        constraint bill_widget_back_url_check check (back_url ~ '^https?://[^\x20\t\n\x0b\f\r]+$'),
    return_url          varchar(100)  not null
        constraint bill_widget_return_url_check check (return_url ~ '^https?://[^\x20\t\n\x0b\f\r]+$'),
    status              varchar(16)   not null
        constraint bill_widget_status_check check (status in ('REQUESTED', 'ISSUED', 'EXPIRED', 'FAILED')),
    redirect_url        varchar(2048),
    -- Finpay's token from the redirect URL: a Bearer credential, never logged
    token               varchar(2048),
    failure_code        varchar(64)
        constraint bill_widget_failure_code_check check (btrim(failure_code) <> ''),
    failure_message     varchar(255),
    requested_at        timestamptz   not null,
    issued_at           timestamptz,
    version             bigint        not null default 0
        constraint bill_widget_version_check check (version >= 0),

    constraint bill_widget_bill_has_number check (bill_number is not null or (bill_amount is null
        and bill_period is null and bill_customer_name is null and bill_customer_phone is null
        and bill_customer_email is null)),
    constraint bill_widget_issued_has_redirect_url
        check (status not in ('ISSUED', 'EXPIRED') or (redirect_url is not null and issued_at is not null)),
    constraint bill_widget_failed_has_failure check ((status = 'FAILED') = (failure_code is not null)),
    constraint bill_widget_failure_has_message check ((failure_code is null) = (failure_message is null))
);

comment on table bill_widget is 'Finpay bill-payment widgets issued for customers, one row per trxId';
comment on column bill_widget.status is 'stored status; an ISSUED widget past its timeout reads EXPIRED in the domain';
comment on column bill_widget.product_codes is 'the Finpay product codes offered, in the order given';
comment on column bill_widget.version is 'optimistic-locking version: UPDATE ... SET version = version + 1 WHERE version = :expected';

-- trxId and uniqKey numbers, unique across every dompet instance that shares this database. The generated key is
-- 'BW' || yyMMdd (Asia/Jakarta) || the number left-padded to 12 digits; like partner_reference_seq (V2) the sequence
-- stops at the largest 12-digit number (no cycle), so a number is never cut short into one already used.
create sequence bill_widget_key_seq as bigint minvalue 1 maxvalue 999999999999 no cycle;

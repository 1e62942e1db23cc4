-- A customer's Finpay Money wallet as this merchant knows it.
-- customer_number is the canonical international form of an Indonesian mobile number (628…, 11 to 14 digits).
create table wallet (
    customer_number varchar(14)    primary key check (customer_number ~ '^628[0-9]{8,11}$'),
    customer_name   varchar(100),
    credited_total  numeric(17, 2) not null default 0 check (credited_total >= 0),
    currency        char(3)        not null default 'IDR' check (currency = 'IDR'),
    version         bigint         not null default 0,
    created_at      timestamptz    not null default now(),
    updated_at      timestamptz    not null default now()
);

comment on table wallet is 'Finpay Money wallets this merchant has credited; one row per customer phone number';
comment on column wallet.credited_total is 'total credited through this merchant (direct top-ups and notified channel top-ups)';
comment on column wallet.version is 'optimistic-locking version: UPDATE ... WHERE version = :expected';

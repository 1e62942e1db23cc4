-- the merchant's own table, migrated by Spring Boot's Flyway into the merchant's flyway_schema_history
create table merchant_order (
    id              bigserial      primary key,
    idempotency_key varchar(64)    not null unique,
    customer_number varchar(20)    not null,
    amount          numeric(17, 2) not null check (amount > 0),
    status          varchar(20)    not null default 'PLACED',
    top_up_id       uuid,
    created_at      timestamptz    not null default now()
);

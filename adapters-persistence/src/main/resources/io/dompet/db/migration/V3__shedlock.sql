-- ShedLock's lock table (shedlock-provider-jdbc-template): at most one dompet instance runs a scheduled job at a time.
--
-- The lock provider is configured with usingDbTime(): lock times come from PostgreSQL's clock, never from the
-- instances' clocks. On PostgreSQL ShedLock then writes and compares timezone('utc', CURRENT_TIMESTAMP), a UTC
-- wall-clock timestamp WITHOUT time zone. The columns are therefore `timestamp`, holding UTC: in `timestamptz`
-- columns PostgreSQL would read that wall-clock time in each session's TimeZone (the JDBC driver sets it to the
-- JVM's), and an instance running in Asia/Jakarta would write locks that an instance running in UTC sees as expired
-- seven hours ago (SchedulerLockTest shows both instances still exclude each other with these columns).
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

comment on table shedlock is 'ShedLock: one scheduled job run at a time across dompet instances; times are UTC (timestamp without time zone)';

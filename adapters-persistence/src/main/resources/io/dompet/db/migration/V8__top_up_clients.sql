-- API clients isolated (issue 10): an Idempotency-Key is unique per API client (the name configured under
-- dompet.api.keys.<name>), no longer globally, and every direct top-up records the client that asked for it.
-- Notified top-ups (WIDGET, CHANNEL) have neither a client nor a key.
alter table top_up
    add column client varchar(64)
        constraint top_up_client_check check (client ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$');

-- Direct top-ups stored before now: nobody knows which client sent them. They get the reserved client 'legacy'
-- (io.dompet.domain.topup.ApiClient.LEGACY, which no configured client may be called), and the key lookup matches a
-- 'legacy' top-up for every client: an old client retrying an old key gets its top-up back, never a second one,
-- exactly as before this migration. Their keys were globally unique, so they stay unique under (client, key).
update top_up set client = 'legacy' where kind = 'DIRECT';

alter table top_up drop constraint top_up_idempotency_key_key;
alter table top_up add constraint top_up_client_idempotency_key_key unique (client, idempotency_key);

alter table top_up drop constraint top_up_direct_has_references;
alter table top_up
    add constraint top_up_direct_has_references
        check (kind <> 'DIRECT' or (partner_reference_no is not null and client is not null and idempotency_key is not null)),
    add constraint top_up_notified_has_no_client
        check (kind = 'DIRECT' or (client is null and idempotency_key is null));

comment on column top_up.client is 'the API client (dompet.api.keys.<name>) that asked for a direct top-up; '
    'legacy = stored before clients were recorded, whose key matches every client; null for notified top-ups';

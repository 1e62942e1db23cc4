package io.dompet.adapter.persistence;

import io.dompet.application.port.out.LoadTopUpPort;
import io.dompet.application.port.out.SaveTopUpPort;
import io.dompet.application.port.out.TopUpCheckLeasePort;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUpKind;
import java.sql.Types;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores top-ups in the {@code top_up} table. Uniqueness of a client's idempotency key, the partnerReferenceNo and (for
 * notified top-ups) Finpay's referenceNo is left to the table's unique constraints and indexes, so that of two
 * concurrent inserts exactly one wins; updates are optimistic ({@code WHERE version = :expected}). Insert and update
 * return the row as stored ({@code RETURNING}), which is the given top-up with its new version and its timestamps
 * truncated to microseconds (see {@link Columns}). A write refused by a unique constraint becomes a
 * {@link io.dompet.application.port.out.DuplicateRecordException} naming the constraint (see {@link VersionedTable});
 * a write any other constraint refuses fails with Spring's {@link org.springframework.dao.DataIntegrityViolationException}.
 *
 * <p>Times that decide between instances are PostgreSQL's ({@code clock_timestamp()}), never an instance's: every
 * insert and update sets {@code touched_at}, and the reconciler's leases ({@code lease_until}) and due checks are
 * measured on it. A lease is taken by one statement that locks the next due row with {@code FOR UPDATE SKIP LOCKED},
 * so concurrent reconcilers never get the same top-up, and it does not bump the version: it is not a change of the
 * top-up.
 */
public class TopUpPersistenceAdapter implements LoadTopUpPort, SaveTopUpPort, TopUpCheckLeasePort {

    /** Unique (client, idempotency_key), migration V8: a key is unique per API client. */
    static final String IDEMPOTENCY_KEY_CONSTRAINT = "top_up_client_idempotency_key_key";
    static final String PARTNER_REFERENCE_NO_CONSTRAINT = "top_up_partner_reference_no_key";
    static final String PRIMARY_KEY_CONSTRAINT = "top_up_pkey";
    /** The partial unique index (migration V4): one notified (WIDGET, CHANNEL) top-up per Finpay referenceNo. */
    static final String NOTIFIED_REFERENCE_NO_CONSTRAINT = "top_up_notified_reference_no_key";
    private static final Map<String, String> REFUSALS = Map.of(
            IDEMPOTENCY_KEY_CONSTRAINT, "a top-up of this client with this idempotency key is already stored",
            PARTNER_REFERENCE_NO_CONSTRAINT, "a top-up with this partnerReferenceNo is already stored",
            PRIMARY_KEY_CONSTRAINT, "a top-up with this id is already stored",
            NOTIFIED_REFERENCE_NO_CONSTRAINT, "a notified top-up with this Finpay referenceNo is already stored");

    /** {@link #updateTopUp}'s statement: every changeable column, if the row is still at {@code :version}. */
    private static final String UPDATE = """
            update top_up
               set status = :status,
                   customer_name = :customerName,
                   fee = :fee,
                   fee_type = :feeType,
                   reference_no = :referenceNo,
                   failure_code = :failureCode,
                   failure_message = :failureMessage,
                   needs_review = :needsReview,
                   review_reason = :reviewReason,
                   check_attempts = :checkAttempts,
                   next_check_at = :nextCheckAt,
                   updated_at = :updatedAt,
                   touched_at = clock_timestamp(),
                   lease_until = null,
                   version = version + 1
             where id = :id
               and version = :version
            returning %s""".formatted(TopUpRow.COLUMNS);

    /** Given to a new direct top-up's factory before the insert draws its partnerReferenceNo; never stored. */
    private static final PartnerReferenceNo STAND_IN_REFERENCE = new PartnerReferenceNo("DP0");

    private final JdbcClient jdbc;
    private final VersionedTable<TopUp> table;

    public TopUpPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc);
        this.table = new VersionedTable<>(jdbc, "top-up", TopUpRow.MAPPER, DuplicateKeyException.class, REFUSALS);
    }

    /** Stores {@code topUp} at version 0, whatever version it carries. */
    @Override
    public TopUp insertTopUp(TopUp topUp) {
        TopUpRow row = TopUpRow.from(topUp);
        MapSqlParameterSource parameters = row.parameters().addValue("version", 0L, Types.BIGINT);
        return table.insert("""
                            insert into top_up (id, kind, status, customer_number, amount, currency,
                                                partner_reference_no, client, idempotency_key, channel,
                                                customer_name,
                                                fee, fee_type, reference_no, failure_code, failure_message,
                                                needs_review, review_reason, check_attempts, next_check_at,
                                                created_at, updated_at, version)
                            values (:id, :kind, :status, :customerNumber, :amount, :currency,
                                    :partnerReferenceNo, :client, :idempotencyKey, :channel,
                                    :customerName,
                                    :fee, :feeType, :referenceNo, :failureCode, :failureMessage,
                                    :needsReview, :reviewReason, :checkAttempts, :nextCheckAt,
                                    :createdAt, :updatedAt, :version)
                            returning %s
                            """.formatted(TopUpRow.COLUMNS), parameters);
    }

    /**
     * One statement: {@code insert … select … where not exists} a legacy top-up under the key {@code on conflict
     * (client, idempotency_key) do nothing}, drawing the partnerReferenceNo from {@code partner_reference_seq} in the
     * statement itself ({@link SequenceReferenceAdapter#REFERENCE}). {@code requested} is first given a stand-in
     * reference, only to read the other columns; the top-up returned is read from the stored row, so it carries the
     * drawn one. A concurrent insert of the same key makes this one wait for its commit and then store nothing (or
     * store after all, if it rolled back). A number drawn for an insert that stored nothing is skipped, as when a
     * transaction rolls back.
     */
    @Override
    public Optional<TopUp> insertDirectTopUpUnlessKeyTaken(Function<PartnerReferenceNo, TopUp> requested) {
        TopUp topUp = requested.apply(STAND_IN_REFERENCE);
        if (topUp.kind() != TopUpKind.DIRECT) {
            throw new IllegalArgumentException("only a direct top-up is stored under an idempotency key");
        }
        MapSqlParameterSource parameters = TopUpRow.from(topUp).parameters()
                .addValue("version", 0L, Types.BIGINT)
                .addValue("legacy", ApiClient.LEGACY.name(), Types.VARCHAR)
                .addValue("referencePrefix", SequenceReferenceAdapter.PARTNER_REFERENCE_PREFIX, Types.VARCHAR)
                .addValue("referenceSequence", SequenceReferenceAdapter.PARTNER_REFERENCE_SEQUENCE, Types.VARCHAR);
        return table.insertUnlessConflicting("""
                            insert into top_up (id, kind, status, customer_number, amount, currency,
                                                partner_reference_no, client, idempotency_key, channel,
                                                customer_name,
                                                fee, fee_type, reference_no, failure_code, failure_message,
                                                needs_review, review_reason, check_attempts, next_check_at,
                                                created_at, updated_at, version)
                            select cast(:id as uuid), :kind, :status, :customerNumber, :amount, :currency,
                                   %s, :client, :idempotencyKey, :channel,
                                   :customerName,
                                   :fee, :feeType, :referenceNo, :failureCode, :failureMessage,
                                   :needsReview, :reviewReason, :checkAttempts, :nextCheckAt,
                                   :createdAt, :updatedAt, :version
                             where not exists (select 1
                                                 from top_up
                                                where client = :legacy
                                                  and idempotency_key = :idempotencyKey)
                            on conflict (client, idempotency_key) do nothing
                            returning %s
                            """.formatted(SequenceReferenceAdapter.REFERENCE, TopUpRow.COLUMNS), parameters);
    }

    /**
     * Stores the changeable fields of {@code topUp} (status, inquiry data, outcome, reconciliation state,
     * {@code updated_at}) if its row is still at {@code topUp.version()}, sets {@code touched_at} to the database's
     * clock and ends any lease; what never changes (id, kind, customer, amount, references, key, channel,
     * {@code created_at}) is not written.
     */
    @Override
    public TopUp updateTopUp(TopUp topUp) {
        TopUpRow row = TopUpRow.from(topUp);
        return table.update(UPDATE, row.parameters(), topUp.id(), topUp.version());
    }

    /**
     * One statement: {@link #updateTopUp}'s update as a data-modifying CTE, and the wallet credit
     * ({@link WalletPersistenceAdapter#CREDIT_ON_CONFLICT}) of the row it returns when that row is {@code SUCCEEDED}.
     * A statement is atomic: both are stored or neither; a stale version returns no row, so nothing is credited.
     */
    @Override
    public TopUp updateTopUpCreditingIfSucceeded(TopUp topUp) {
        TopUpRow row = TopUpRow.from(topUp);
        return table.update("""
                        with stored as (%s),
                             credit as (insert into wallet (customer_number, customer_name, credited_total, currency,
                                                            version, created_at, updated_at)
                                        select customer_number, customer_name, amount, currency, 0, now(), now()
                                          from stored
                                         where status = 'SUCCEEDED'
                                        %s)
                        select %s from stored
                        """.formatted(UPDATE, WalletPersistenceAdapter.CREDIT_ON_CONFLICT, TopUpRow.COLUMNS),
                row.parameters(), topUp.id(), topUp.version());
    }

    @Override
    public Optional<TopUp> loadTopUp(TopUpId id) {
        return jdbc.sql("select " + TopUpRow.COLUMNS + " from top_up where id = :id")
                .param("id", id.value(), Types.OTHER)
                .query(TopUpRow.MAPPER)
                .optional();
    }

    /**
     * The client's own top-up under {@code key}, or a {@link ApiClient#LEGACY} one (stored before migration V8), which
     * matches every client. Both cannot exist: legacy top-ups are never stored any more, and every insert is preceded
     * by this lookup; should they anyway, the older one is the answer.
     */
    @Override
    public Optional<TopUp> loadTopUpByIdempotencyKey(ApiClient client, IdempotencyKey key) {
        return jdbc.sql("""
                        select %s
                          from top_up
                         where idempotency_key = :key
                           and client in (:client, :legacy)
                         order by created_at, id
                         limit 1
                        """.formatted(TopUpRow.COLUMNS))
                .param("key", key.value(), Types.VARCHAR)
                .param("client", client.name(), Types.VARCHAR)
                .param("legacy", ApiClient.LEGACY.name(), Types.VARCHAR)
                .query(TopUpRow.MAPPER)
                .optional();
    }

    @Override
    public List<TopUp> loadLatestTopUps(PhoneNumber customerNumber, int limit) {
        requirePositive(limit);
        return jdbc.sql("""
                        select %s
                          from top_up
                         where customer_number = :customerNumber
                         order by created_at desc, id desc
                         limit :limit
                        """.formatted(TopUpRow.COLUMNS))
                .param("customerNumber", customerNumber.international(), Types.VARCHAR)
                .param("limit", limit, Types.INTEGER)
                .query(TopUpRow.MAPPER)
                .stream()
                .toList();
    }

    /**
     * Direct (SNAP) top-ups only, the ones Finpay's status inquiry knows, judged on the database's clock:
     * {@code PENDING} top-ups whose next check is due ({@code next_check_at} null or come), {@code REQUESTED} and
     * {@code SENDING} ones untouched for longer than {@code staleAfter} whose next check, if any, is due; none under
     * an unexpired lease; ordered by {@code coalesce(next_check_at, created_at)}, then id, the order of the partial
     * index {@code top_up_due_for_check_idx}. The row is locked {@code SKIP LOCKED}, so a concurrent caller takes the
     * next one instead of waiting, and leased in the same statement.
     */
    @Override
    public Optional<TopUp> leaseNextTopUpDueForCheck(Duration staleAfter, Duration lease) {
        requirePositive(lease);
        return jdbc.sql("""
                        update top_up
                           set lease_until = clock_timestamp() + make_interval(secs => :leaseSeconds)
                         where id = (select id
                                       from top_up
                                      where status in ('REQUESTED', 'SENDING', 'PENDING')
                                        and kind = 'DIRECT'
                                        and (status = 'PENDING'
                                             or touched_at < clock_timestamp() - make_interval(secs => :staleSeconds))
                                        and (next_check_at is null or next_check_at <= clock_timestamp())
                                        and (lease_until is null or lease_until <= clock_timestamp())
                                      order by coalesce(next_check_at, created_at), id
                                      limit 1
                                        for update skip locked)
                        returning %s
                        """.formatted(TopUpRow.COLUMNS))
                .param("leaseSeconds", seconds(lease), Types.DOUBLE)
                .param("staleSeconds", seconds(staleAfter), Types.DOUBLE)
                .query(TopUpRow.MAPPER)
                .optional();
    }

    /** One statement, as {@link #leaseNextTopUpDueForCheck}: the row is taken only if no unexpired lease holds it. */
    @Override
    public Optional<TopUp> leaseTopUp(TopUpId id, Duration lease) {
        requirePositive(lease);
        return jdbc.sql("""
                        update top_up
                           set lease_until = clock_timestamp() + make_interval(secs => :leaseSeconds)
                         where id = :id
                           and kind = 'DIRECT'
                           and status in ('REQUESTED', 'SENDING', 'PENDING')
                           and (lease_until is null or lease_until <= clock_timestamp())
                        returning %s
                        """.formatted(TopUpRow.COLUMNS))
                .param("id", id.value(), Types.OTHER)
                .param("leaseSeconds", seconds(lease), Types.DOUBLE)
                .query(TopUpRow.MAPPER)
                .optional();
    }

    @Override
    public void releaseLease(TopUpId id) {
        jdbc.sql("update top_up set lease_until = null where id = :id")
                .param("id", id.value(), Types.OTHER)
                .update();
    }

    /** Touches only {@code next_check_at} and {@code lease_until}: nothing of the row's data can make it fail. */
    @Override
    public void postponeCheck(TopUpId id, Duration delay) {
        jdbc.sql("""
                        update top_up
                           set next_check_at = clock_timestamp() + make_interval(secs => :delaySeconds),
                               lease_until = null
                         where id = :id
                           and status in ('REQUESTED', 'SENDING', 'PENDING')
                        """)
                .param("id", id.value(), Types.OTHER)
                .param("delaySeconds", seconds(delay), Types.DOUBLE)
                .update();
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static void requirePositive(Duration lease) {
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive");
        }
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }
}

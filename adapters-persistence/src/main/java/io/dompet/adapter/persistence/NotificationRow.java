package io.dompet.adapter.persistence;

import io.dompet.application.port.out.NotificationInboxPort.InboxEntry;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.RawNotification;
import io.dompet.domain.topup.TopUpChannel;
import io.dompet.domain.topup.TopUpId;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * One row of the {@code top_up_notification} table (the Notify Top Up inbox), mapped explicitly to and from an
 * {@link InboxEntry}. The raw body is kept byte for byte ({@code bytea}); the headers as a JSON object of name to
 * array of values ({@code jsonb}, which keeps names and values exactly but not the order of names, and a
 * {@link RawNotification} does not depend on that order); {@code receivedAt} is kept as {@link Columns} says.
 */
record NotificationRow(String referenceNo, UUID topUpId, String customerNumber, BigDecimal amount, String currency,
                       String channel, byte[] rawBody, String headers, String requestPath,
                       OffsetDateTime receivedAt) {

    /** The columns {@link #MAPPER} reads (headers as JSON text). */
    static final String COLUMNS = """
            reference_no, top_up_id, customer_number, amount, currency, channel, raw_body, headers::text as headers,
            request_path, received_at""";

    private static final RowMapper<NotificationRow> ROWS = new SimplePropertyRowMapper<>(NotificationRow.class);

    /** Reads a row, each column into the component of its name, as the inbox entry it stores. */
    static final RowMapper<InboxEntry> MAPPER = (rs, rowNumber) -> ROWS.mapRow(rs, rowNumber).toDomain();

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, List<String>>> HEADERS = new TypeReference<>() {
    };
    /**
     * Writes the headers as they are, in their map's order: its serializer is found once, not per notification, and
     * the map is not copied first.
     */
    private static final ObjectWriter HEADERS_WRITER = JSON.writerFor(HEADERS);

    static NotificationRow from(InboxEntry entry) {
        RawNotification raw = entry.raw();
        return new NotificationRow(
                entry.referenceNo(),
                entry.topUpId().value(),
                entry.phoneNo().international(),
                entry.amount().amount(),
                entry.amount().currency().getCurrencyCode(),
                entry.channel().code(),
                raw.body(),
                HEADERS_WRITER.writeValueAsString(raw.headers()),
                raw.path(),
                Columns.timestamp(raw.receivedAt()));
    }

    private InboxEntry toDomain() {
        RawNotification raw = new RawNotification(requestPath, readHeaders(), rawBody, receivedAt.toInstant());
        return new InboxEntry(referenceNo, new TopUpId(topUpId), new PhoneNumber(customerNumber),
                new Money(amount, Currency.getInstance(currency)), new TopUpChannel(channel), raw);
    }

    /** Every column as a named parameter with its SQL type; {@code headers} is JSON text, to be cast to jsonb. */
    MapSqlParameterSource parameters() {
        return new MapSqlParameterSource()
                .addValue("referenceNo", referenceNo, Types.VARCHAR)
                .addValue("topUpId", topUpId, Types.OTHER)
                .addValue("customerNumber", customerNumber, Types.VARCHAR)
                .addValue("amount", amount, Types.NUMERIC)
                .addValue("currency", currency, Types.CHAR)
                .addValue("channel", channel, Types.VARCHAR)
                .addValue("rawBody", rawBody, Types.BINARY)
                .addValue("headers", headers, Types.VARCHAR)
                .addValue("requestPath", requestPath, Types.VARCHAR)
                .addValue("receivedAt", receivedAt, Types.TIMESTAMP_WITH_TIMEZONE);
    }

    /**
     * The table's check constraint admits only an object of arrays of strings. Should the JSON still not read, the
     * error names the entry but drops Jackson's message, which would quote header values (signatures among them).
     */
    private Map<String, List<String>> readHeaders() {
        try {
            return JSON.readValue(headers, HEADERS);
        } catch (JacksonException e) {
            throw new IllegalStateException("the stored headers of notification " + referenceNo
                    + " are not a JSON object of arrays of strings (" + e.getClass().getSimpleName() + ")");
        }
    }
}

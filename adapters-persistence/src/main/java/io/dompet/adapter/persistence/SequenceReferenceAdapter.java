package io.dompet.adapter.persistence;

import io.dompet.application.port.out.ReferenceGeneratorPort;
import io.dompet.domain.billwidget.BillWidgetId;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topupwidget.TopUpWidgetSessionId;
import java.sql.Types;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fresh identifiers: top-up ids are random UUIDs; partnerReferenceNos come from the PostgreSQL sequence
 * {@code partner_reference_seq}, so they are unique across every dompet instance sharing the database, e.g.
 * {@code DP241124000000000042}: {@code DP}, the date in Jakarta ({@code yyMMdd}) and the sequence number padded to 12
 * digits (20 letters and digits). The date only helps people reading them; the number alone is unique, and the
 * sequence ends at 999999999999 rather than ever being cut to 12 digits. The table's unique constraint has the last
 * word all the same.
 *
 * <p>Widget session ids are random UUIDs too; Finpay Money {@code transNumber}s are made the same way from the
 * sequence {@code widget_trans_number_seq}, with the prefix {@code DW}: e.g. {@code DW241124000000000042}.
 *
 * <p>Bill widget ids are random UUIDs; bill widget keys (a widget's {@code trxId} and its {@code uniqKey}, at most 32
 * letters and digits) come from the sequence {@code bill_widget_key_seq} (migration V6), with the prefix {@code BW}:
 * e.g. {@code BW241124000000000042}, 20 letters and digits.
 */
public class SequenceReferenceAdapter implements ReferenceGeneratorPort {

    private final JdbcClient jdbc;

    public SequenceReferenceAdapter(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc);
    }

    @Override
    public TopUpId newTopUpId() {
        return new TopUpId(UUID.randomUUID());
    }

    @Override
    public PartnerReferenceNo newPartnerReferenceNo() {
        return new PartnerReferenceNo(nextReference(PARTNER_REFERENCE_PREFIX, PARTNER_REFERENCE_SEQUENCE));
    }

    @Override
    public TopUpWidgetSessionId newWidgetSessionId() {
        return new TopUpWidgetSessionId(UUID.randomUUID());
    }

    @Override
    public String newTransNumber() {
        return nextReference("DW", "widget_trans_number_seq");
    }

    @Override
    public BillWidgetId newBillWidgetId() {
        return new BillWidgetId(UUID.randomUUID());
    }

    @Override
    public String newBillWidgetKey() {
        return nextReference("BW", "bill_widget_key_seq");
    }

    /**
     * {@code prefix}, today's date in Jakarta ({@code yyMMdd}) and the next number of {@code sequence}, 12 digits. It
     * runs outside any transaction, so an unreachable database is translated here ({@link StoreFailures}).
     */
    private String nextReference(String prefix, String sequence) {
        return StoreFailures.translated(() -> jdbc.sql("select " + REFERENCE)
                .param("referencePrefix", prefix, Types.VARCHAR)
                .param("referenceSequence", sequence, Types.VARCHAR)
                .query(String.class)
                .single());
    }

    /**
     * The SQL expression of a fresh reference, with the named parameters {@code :referencePrefix} and
     * {@code :referenceSequence}; {@link TopUpPersistenceAdapter} draws a partnerReferenceNo with it inside its insert.
     */
    static final String REFERENCE = """
            :referencePrefix || to_char(now() at time zone 'Asia/Jakarta', 'YYMMDD')
            || lpad(nextval(cast(:referenceSequence as regclass))::text, 12, '0')""";

    /** The partnerReferenceNo's prefix and sequence, the values of {@link #REFERENCE}'s parameters. */
    static final String PARTNER_REFERENCE_PREFIX = "DP";
    static final String PARTNER_REFERENCE_SEQUENCE = "partner_reference_seq";
}

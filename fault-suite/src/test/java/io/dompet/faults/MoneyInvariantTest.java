package io.dompet.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.dompet.faults.Snapshot.Notification;
import io.dompet.faults.Snapshot.Processed;
import io.dompet.faults.Snapshot.Row;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The harness's bookkeeping: each kind of disagreement is found, and agreement is not reported as one. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MoneyInvariantTest {

    private static final String CUSTOMER = "6281370002468";
    private static final String SANDBOX_CUSTOMER = "081370002468";

    private final Map<String, Processed> processed = new LinkedHashMap<>();
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Map<String, BigDecimal> succeededByCustomer = new HashMap<>();
    private final Map<String, BigDecimal> creditedByCustomer = new HashMap<>();

    @Test
    void processedAndSucceededUnprocessedAndFailedAgree() {
        processedBySandbox("DP1", "50000.00");
        dompet("DP1", "SUCCEEDED", "50000.00");
        dompet("DP2", "FAILED", "20000.00");
        wallet("50000.00", "50000.00");

        Figures figures = judge(List.of(), Set.of(), Map.of());

        assertThat(figures.disagreements()).isEmpty();
        assertThat(figures.holds()).isTrue();
        assertThat(figures).extracting(Figures::processed, Figures::succeeded, Figures::failed, Figures::open)
                .containsExactly(1L, 1L, 1L, 0L);
    }

    @Test
    void processedButFailedIsADisagreementNamingBothSides() {
        processedBySandbox("DP1", "50000.00");
        dompet("DP1", "FAILED", "50000.00");

        Figures figures = judge(List.of(), Set.of(), Map.of());

        assertThat(figures.disagreements()).singleElement().asString()
                .startsWith("DP1: processed by the sandbox (money moved) but FAILED")
                .contains("sandbox: processed amount 50000.00").contains("dompet: FAILED");
        assertThat(figures.holds()).isFalse();
    }

    @Test
    void succeededButNeverProcessedIsADisagreement() {
        dompet("DP1", "SUCCEEDED", "50000.00");
        wallet("50000.00", "50000.00");

        assertThat(judge(List.of(), Set.of(), Map.of()).disagreements()).singleElement().asString()
                .startsWith("DP1: SUCCEEDED but never processed");
    }

    @Test
    void processedButUnknownToDompetIsADisagreement() {
        processedBySandbox("DP9", "50000.00");

        assertThat(judge(List.of(), Set.of(), Map.of()).disagreements()).singleElement().asString()
                .startsWith("DP9: processed by the sandbox but unknown to dompet");
    }

    @Test
    void anOpenTopUpIsCountedOpenNotAsADisagreementAndTheInvariantDoesNotHold() {
        processedBySandbox("DP1", "50000.00");
        dompet("DP1", "SENDING", "50000.00");

        Figures figures = judge(List.of(), Set.of(), Map.of());

        assertThat(figures.disagreements()).isEmpty();
        assertThat(figures.open()).isEqualTo(1);
        assertThat(figures.holds()).isFalse();
        assertThat(figures.notes()).anyMatch(note -> note.startsWith("still open: DP1 sandbox: processed"));
    }

    @Test
    void aWalletCreditedOtherThanItsSucceededTopUpsIsADisagreement() {
        processedBySandbox("DP1", "50000.00");
        dompet("DP1", "SUCCEEDED", "50000.00");
        wallet("50000.00", "100000.00");

        assertThat(judge(List.of(), Set.of(), Map.of()).disagreements()).singleElement().asString()
                .contains("credited_total 100000.00 but its SUCCEEDED top-ups sum to 50000.00");
    }

    @Test
    void anAcknowledgedNotificationMissingFromTheInboxIsADisagreement() {
        Notification acknowledged = new Notification("FPN1", "DELIVERED", true, new BigDecimal("75000.00"));

        assertThat(judge(List.of(acknowledged), Set.of(), Map.of()).disagreements()).singleElement().asString()
                .startsWith("FPN1: acknowledged 2000000 but missing from the inbox");
    }

    @Test
    void aNotificationCreditedTwiceOrNeverIsADisagreementAndOnceIsNot() {
        List<Notification> sent = List.of(
                new Notification("FPN1", "DELIVERED", true, new BigDecimal("75000.00")),
                new Notification("FPN2", "GAVE_UP", false, new BigDecimal("75000.00")),
                new Notification("FPN3", "DELIVERED", true, new BigDecimal("75000.00")));

        Figures figures = judge(sent, Set.of("FPN1", "FPN3"), Map.of("FPN1", 1, "FPN3", 2));

        assertThat(figures.disagreements()).hasSize(2)
                .anyMatch(line -> line.startsWith("FPN2: sent by the sandbox but credited 0 time(s)"))
                .anyMatch(line -> line.startsWith("FPN3: sent by the sandbox but credited 2 time(s)"));
        assertThat(figures).extracting(Figures::notificationsSent, Figures::acknowledged, Figures::inInbox,
                Figures::credited).containsExactly(3L, 2L, 2L, 1L);
    }

    private void processedBySandbox(String partnerReferenceNo, String amount) {
        processed.put(partnerReferenceNo, new Processed(partnerReferenceNo, "2612010000001", new BigDecimal(amount),
                SANDBOX_CUSTOMER));
    }

    private void dompet(String partnerReferenceNo, String status, String amount) {
        rows.put(partnerReferenceNo, new Row(partnerReferenceNo, status, false, new BigDecimal(amount), CUSTOMER,
                null, "FAILED".equals(status) ? "DOMPET_NEVER_PROCESSED" : null, 0));
    }

    private void wallet(String succeeded, String credited) {
        succeededByCustomer.put(CUSTOMER, new BigDecimal(succeeded));
        creditedByCustomer.put(CUSTOMER, new BigDecimal(credited));
    }

    private Figures judge(List<Notification> notifications, Set<String> inbox, Map<String, Integer> notifiedTopUps) {
        return new Snapshot(processed, notifications, rows, succeededByCustomer, creditedByCustomer, inbox,
                notifiedTopUps).judge("test", 1, true, List.of());
    }
}

package io.dompet.faults;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the sandbox and dompet hold after settling, and the {@linkplain #judge judgement} of the money invariant on it:
 * per {@code partnerReferenceNo}, processed by the sandbox ⇔ {@code SUCCEEDED} in dompet ⇔ credited exactly once.
 *
 * @param processed           the sandbox's processed top-ups by {@code partnerReferenceNo}
 * @param notifications       the notifications the sandbox sent
 * @param rows                dompet's DIRECT top-ups by {@code partnerReferenceNo}
 * @param succeededByCustomer the sum of dompet's SUCCEEDED top-ups (all kinds) per customer
 * @param creditedByCustomer  each wallet's {@code credited_total}
 * @param inbox               the {@code referenceNo}s in dompet's notification inbox
 * @param notifiedTopUps      how many SUCCEEDED notified top-ups each {@code referenceNo} has
 */
record Snapshot(Map<String, Processed> processed, List<Notification> notifications, Map<String, Row> rows,
                Map<String, BigDecimal> succeededByCustomer, Map<String, BigDecimal> creditedByCustomer,
                Set<String> inbox, Map<String, Integer> notifiedTopUps) {

    static final Set<String> FINAL = Set.of("SUCCEEDED", "FAILED");

    /** A DIRECT top-up as dompet stored it. */
    record Row(String partnerReferenceNo, String status, boolean needsReview, BigDecimal amount, String customerNumber,
               String referenceNo, String failureCode, int checkAttempts) {

        boolean open() {
            return !FINAL.contains(status);
        }

        @Override
        public String toString() {
            return "dompet: " + status + (needsReview ? " needsReview" : "") + " amount " + amount.toPlainString()
                    + " customer " + mask(customerNumber) + " referenceNo " + referenceNo
                    + (failureCode == null ? "" : " failure " + failureCode) + " checks " + checkAttempts;
        }
    }

    /** A top-up the sandbox processed. */
    record Processed(String partnerReferenceNo, String referenceNo, BigDecimal amount, String customerNumber) {

        @Override
        public String toString() {
            return "sandbox: processed amount " + amount.toPlainString() + " customer " + mask(customerNumber)
                    + " referenceNo " + referenceNo;
        }
    }


    /** A notification the sandbox sent, and whether dompet answered {@code 2000000} to any attempt. */
    record Notification(String referenceNo, String state, boolean acknowledged, BigDecimal amount) {
    }

    /** The figures and every disagreement between the sandbox's view and dompet's. */
    Figures judge(String scenario, long requests, boolean settled, List<String> notes) {
        List<String> disagreements = new ArrayList<>();
        long succeeded = 0;
        long failed = 0;
        long needsReview = 0;
        long open = 0;
        for (Row row : rows.values()) {
            Processed money = processed.get(row.partnerReferenceNo());
            switch (row.status()) {
                case "SUCCEEDED" -> {
                    succeeded++;
                    if (money == null) {
                        disagreements.add(row.partnerReferenceNo() + ": SUCCEEDED but never processed by the sandbox; "
                                + "sandbox: not processed; " + row);
                    } else if (money.amount().compareTo(row.amount()) != 0) {
                        disagreements.add(row.partnerReferenceNo() + ": amounts differ; " + money + "; " + row);
                    }
                }
                case "FAILED" -> {
                    failed++;
                    if (money != null) {
                        disagreements.add(row.partnerReferenceNo() + ": processed by the sandbox (money moved) but "
                                + "FAILED in dompet and not credited; " + money + "; " + row);
                    }
                }
                default -> open++;
            }
            if (row.needsReview()) {
                needsReview++;
            }
        }
        for (Processed money : processed.values()) {
            if (!rows.containsKey(money.partnerReferenceNo())) {
                disagreements.add(money.partnerReferenceNo() + ": processed by the sandbox but unknown to dompet; "
                        + money + "; dompet: no row");
            }
        }
        Set<String> customers = new TreeSet<>(succeededByCustomer.keySet());
        customers.addAll(creditedByCustomer.keySet());
        for (String customer : customers) {
            BigDecimal expected = succeededByCustomer.getOrDefault(customer, BigDecimal.ZERO);
            BigDecimal credited = creditedByCustomer.getOrDefault(customer, BigDecimal.ZERO);
            if (expected.compareTo(credited) != 0) {
                disagreements.add("wallet " + mask(customer) + ": credited_total " + credited.toPlainString()
                        + " but its SUCCEEDED top-ups sum to " + expected.toPlainString());
            }
        }

        long sent = 0;
        long acknowledged = 0;
        long inInbox = 0;
        long credited = 0;
        for (Notification notification : notifications) {
            sent++;
            String referenceNo = notification.referenceNo();
            boolean ack = notification.acknowledged();
            int creditedTimes = notifiedTopUps.getOrDefault(referenceNo, 0);
            acknowledged += ack ? 1 : 0;
            inInbox += inbox.contains(referenceNo) ? 1 : 0;
            credited += creditedTimes == 1 ? 1 : 0;
            String sandboxView = "sandbox: notification " + notification.state() + ", acknowledged "
                    + ack + ", amount " + notification.amount().toPlainString();
            String dompetView = "dompet: in inbox " + inbox.contains(referenceNo) + ", credited " + creditedTimes + " time(s)";
            if (ack && !inbox.contains(referenceNo)) {
                disagreements.add(referenceNo + ": acknowledged 2000000 but missing from the inbox; " + sandboxView
                        + "; " + dompetView);
            } else if (creditedTimes != 1) {
                disagreements.add(referenceNo + ": sent by the sandbox but credited " + creditedTimes + " time(s); "
                        + sandboxView + "; " + dompetView);
            }
        }
        List<String> allNotes = new ArrayList<>(notes);
        Map<String, Long> failureCodes = new TreeMap<>();
        rows.values().stream().filter(row -> "FAILED".equals(row.status()))
                .forEach(row -> failureCodes.merge(row.failureCode(), 1L, Long::sum));
        if (!failureCodes.isEmpty()) {
            allNotes.add("FAILED top-ups by failure code: " + failureCodes);
        }
        rows.values().stream().filter(Row::open).limit(20)
                .forEach(row -> allNotes.add("still open: " + row.partnerReferenceNo() + " "
                        + (processed.containsKey(row.partnerReferenceNo()) ? processed.get(row.partnerReferenceNo())
                        : "sandbox: not processed") + "; " + row));
        return new Figures(scenario, requests, processed.size(), succeeded, failed, needsReview, open, sent,
                acknowledged, inInbox, credited, disagreements, settled, allNotes);
    }

    /** {@code 0813****0009}/{@code 62813****0009}: test numbers, still masked in the report. */
    static String mask(String number) {
        if (number == null || number.length() < 8) {
            return "****";
        }
        return number.substring(0, 4) + "****" + number.substring(number.length() - 4);
    }
}

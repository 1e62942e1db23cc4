package io.dompet.faults;

import java.util.List;

/**
 * One scenario's figures, as the report's table shows them.
 *
 * @param scenario          the scenario's letter and name
 * @param requests          direct top-ups the harness sent to dompet
 * @param processed         top-ups the sandbox processed (money moved): its ledger, {@code GET /sandbox/top-ups}
 * @param succeeded         dompet's DIRECT top-ups {@code SUCCEEDED}
 * @param failed            dompet's DIRECT top-ups {@code FAILED}
 * @param needsReview       dompet's DIRECT top-ups flagged {@code needs_review}, whatever their status
 * @param open              dompet's DIRECT top-ups neither {@code SUCCEEDED} nor {@code FAILED} after settling
 * @param notificationsSent Notify Top Ups the sandbox sent
 * @param acknowledged      of those, how many dompet answered {@code 2000000} at least once
 * @param inInbox           of those, how many are in dompet's inbox ({@code top_up_notification})
 * @param credited          of those, how many are credited exactly once (one {@code SUCCEEDED} notified top-up)
 * @param disagreements     each a broken invariant, with the sandbox's view and dompet's row
 * @param settled           whether everything settled within the bound (no open top-up, no pending notification)
 * @param notes             what happened during the run (faults injected, answers dompet gave, timings)
 */
record Figures(String scenario, long requests, long processed, long succeeded, long failed, long needsReview, long open,
               long notificationsSent, long acknowledged, long inInbox, long credited, List<String> disagreements,
               boolean settled, List<String> notes) {

    /** Whether the money invariant held: no disagreement and nothing left open. */
    boolean holds() {
        return disagreements.isEmpty() && open == 0;
    }
}

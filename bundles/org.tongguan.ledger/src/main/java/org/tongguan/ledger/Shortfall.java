package org.tongguan.ledger;

import java.math.BigDecimal;

/**
 * A ledger row a list would take below zero.
 *
 * @param balance the 余量 now, counting the approved lists and those declared and not yet decided
 * @param demand what the list takes from it (directly or, for a 料件, as 成品折料)
 * @param shortfall {@code demand − balance}, above zero
 */
public record Shortfall(Mark mark, long seqNo, String mtno, String name, BigDecimal balance, BigDecimal demand,
        BigDecimal shortfall) {
}

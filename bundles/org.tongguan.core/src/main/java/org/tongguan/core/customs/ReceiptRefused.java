package org.tongguan.core.customs;

import org.tongguan.core.RuleViolation;

/**
 * A receipt that will never be taken, whatever is tried again: not well-formed, a DOCTYPE (XXE), an envelope that
 * does not open or whose signature does not verify. A {@link ReceiptListener} throws it (or returns it for the
 * receipt) rather than dropping the receipt silently: the transport then keeps the receipt apart from those taken,
 * with the reason beside it, and logs it in one line (an expected refusal, not a failure of the server).
 */
public class ReceiptRefused extends RuleViolation {
    private static final long serialVersionUID = 1L;

    /** @param reason why, in the clerk's words (e.g. 报文签名验证失败…) */
    public ReceiptRefused(RuleViolation reason) {
        super("receipt.refused", reason);
        initCause(reason);
    }
}

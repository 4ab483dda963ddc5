package org.tongguan.delegation;

/**
 * 企业内授权: which of the agent enterprise's operators use a grant it received: all of them, or the operator card
 * named.
 *
 * @param cardNo the operator card (操作员IC卡号), null when {@code allOperators}
 */
public record OperatorGrant(Long id, long version, long grantId, boolean allOperators, String cardNo) {

    /** A new row as a clerk adds it (添加). */
    public static OperatorGrant input(long grantId, boolean allOperators, String cardNo) {
        return new OperatorGrant(null, 0, grantId, allOperators, cardNo);
    }
}

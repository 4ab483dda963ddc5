package org.tongguan.customs.simulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What customs decided about a declared message: the approval result, the check information that explains it and
 * the numbers customs assigned (e.g. {@code emsNo} of an approved ledger, {@code bondInvtNo} of a list).
 *
 * @param result the approval result
 * @param checks the 检查信息, in the order they are to appear on the receipt; copied
 * @param assignedNumbers kind → number, e.g. {@code emsNo → E90001000001}, in the order given; copied
 * @param release for an approval: whether a release receipt (核扣, INV211) follows the approval receipt after the
 *        same delay, as it does for a 核注清单 (预核扣 → 已核扣)
 */
public record Verdict(Result result, List<CheckInfo> checks, Map<String, String> assignedNumbers, boolean release) {
    /**
     * What customs decided, or that the e-port client refused the message at import. The receipt's
     * {@code manageResult} for each is the receipt type's own ({@code ReceiptOutcomes}: 1 通过 for most, 2 for a 报核).
     */
    public enum Result {
        /** 通过: 海关终审通过. */
        APPROVED("通过"),
        /** 转人工: waits for a customs officer. */
        MANUAL("转人工"),
        /** 退单: returned to the enterprise. */
        RETURNED("退单"),
        /**
         * 导入失败: a check the e-port client itself makes when it imports the message (its schema: a required table
         * body or field): answered {@code Failed_<message file>} with {@code DealFlag} -1 and the checks, without a
         * 预录入统一编号 and without a customs receipt.
         */
        REFUSED("导入失败");

        private final String nameZh;

        Result(String nameZh) {
            this.nameZh = nameZh;
        }

        /** The word a clerk knows, e.g. 退单. */
        public String nameZh() {
            return nameZh;
        }
    }

    public Verdict(Result result, List<CheckInfo> checks, Map<String, String> assignedNumbers) {
        this(result, checks, assignedNumbers, false);
    }

    public Verdict {
        Objects.requireNonNull(result, "result");
        if (release && result != Result.APPROVED) {
            throw new IllegalArgumentException("only an approval is released");
        }
        checks = List.copyOf(checks);
        assignedNumbers = Collections.unmodifiableMap(new LinkedHashMap<>(assignedNumbers));
        assignedNumbers.forEach((kind, number) -> {
            if (kind == null || kind.isBlank() || number == null || number.isBlank()) {
                throw new IllegalArgumentException("blank assigned number kind or value: " + kind + "=" + number);
            }
        });
    }

    /** 通过, with the numbers customs assigned. */
    public static Verdict approved(Map<String, String> assignedNumbers, CheckInfo... checks) {
        return new Verdict(Result.APPROVED, List.of(checks), assignedNumbers);
    }

    /** This approval, followed by a release receipt (核扣). */
    public Verdict released() {
        return new Verdict(result, checks, assignedNumbers, true);
    }

    /** 转人工. */
    public static Verdict manual(CheckInfo... checks) {
        return new Verdict(Result.MANUAL, List.of(checks), Map.of());
    }

    /** 导入失败: the e-port client refuses the message at import, with the checks that failed. */
    public static Verdict refused(CheckInfo... checks) {
        return new Verdict(Result.REFUSED, List.of(checks), Map.of());
    }

    /** 退单, with the checks that failed. */
    public static Verdict returned(CheckInfo... checks) {
        return new Verdict(Result.RETURNED, List.of(checks), Map.of());
    }
}

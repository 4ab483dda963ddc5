package org.tongguan.ledger.simulation.internal;

import java.util.List;
import java.math.BigDecimal;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.customs.simulator.CheckInfo;
import org.tongguan.customs.simulator.CustomsRule;
import org.tongguan.customs.simulator.MessageXml;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;

/**
 * How the simulated customs judges a 账册报核 ({@value #MESSAGE_TYPE}), in this order:
 * <ol>
 * <li>a 料件 without 实际剩余 → 退单 {@value #NO_ACTUAL_CODE};</li>
 * <li>a 料件 whose 差异率 is beyond ±{@value #TOLERANCE_PERCENT} % → 转人工 {@value #DIFFERENCE_CODE} naming it (an
 * officer looks at the difference);</li>
 * <li>else 通过 {@value #PASSED_CODE} 报核数据审核通过, the 核销 result the enterprise then confirms.</li>
 * </ol>
 */
@Component(service = CustomsRule.class)
public class DcrRule implements CustomsRule {
    static final String MESSAGE_TYPE = "EMS121";
    /** The message's rows, 料件 ({@code typecd} I) and 成品. */
    static final String ROWS = "EmsChgoffDt";
    static final String NO_ACTUAL_CODE = "5002";
    static final String DIFFERENCE_CODE = "5001";
    static final String PASSED_CODE = "5000";
    static final int TOLERANCE_PERCENT = 5;

    @Override
    public String messageType() {
        return MESSAGE_TYPE;
    }

    @Override
    public Verdict judge(SignedMessage message, NumberSource numbers) {
        List<Map<String, String>> rows = MessageXml.parse(message).rows(ROWS, "typecd", "I");
        for (Map<String, String> row : rows) {
            if (row.getOrDefault("actualQty", "").isEmpty()) {
                return Verdict.refused(new CheckInfo(NO_ACTUAL_CODE, "料件序号 " + row.get("gdsSeqno")
                        + " 未申报实际剩余数量"));
            }
        }
        for (Map<String, String> row : rows) {
            String rate = row.getOrDefault("diffRate", "");
            if (!rate.isEmpty() && new BigDecimal(rate).abs().compareTo(BigDecimal.valueOf(TOLERANCE_PERCENT)) > 0) {
                return Verdict.manual(new CheckInfo(DIFFERENCE_CODE, "料件序号 " + row.get("gdsSeqno")
                        + " 差异率 " + rate + "% 超过 ±" + TOLERANCE_PERCENT + "%，转人工审核"));
            }
        }
        return Verdict.approved(Map.of(), new CheckInfo(PASSED_CODE, "报核数据审核通过"));
    }
}

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
import org.w3c.dom.Element;

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
    static final String MESSAGE_TYPE = "DCR101";
    /** The message's 料件 rows. */
    static final String MTPCK = "mtpck";
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
        List<Element> rows = MessageXml.rows(MessageXml.parse(message), MTPCK);
        for (Element row : rows) {
            if (MessageXml.text(row, "actualQty").isEmpty()) {
                return Verdict.refused(new CheckInfo(NO_ACTUAL_CODE, "料件序号 " + MessageXml.text(row, "gdsSeqno")
                        + " 未申报实际剩余数量"));
            }
        }
        for (Element row : rows) {
            String rate = MessageXml.text(row, "diffRate");
            if (!rate.isEmpty() && new BigDecimal(rate).abs().compareTo(BigDecimal.valueOf(TOLERANCE_PERCENT)) > 0) {
                return Verdict.manual(new CheckInfo(DIFFERENCE_CODE, "料件序号 " + MessageXml.text(row, "gdsSeqno")
                        + " 差异率 " + rate + "% 超过 ±" + TOLERANCE_PERCENT + "%，转人工审核"));
            }
        }
        return Verdict.approved(Map.of(), new CheckInfo(PASSED_CODE, "报核数据审核通过"));
    }
}

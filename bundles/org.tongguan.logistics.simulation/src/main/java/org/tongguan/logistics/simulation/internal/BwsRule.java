package org.tongguan.logistics.simulation.internal;

import org.osgi.service.component.annotations.Component;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.customs.simulator.CheckInfo;
import org.tongguan.customs.simulator.CustomsRule;
import org.tongguan.customs.simulator.MessageXml;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;

/**
 * How the simulated customs judges a 物流账册 备案 or 变更 ({@value #MESSAGE_TYPE}): no 商品 row → 退单
 * {@value #NO_ITEMS_CODE} 账册表体不能为空; else 通过 {@value #PASSED_CODE}, with a new 账册编号
 * ({@link NumberSource#BWS_NO}: T + 主管海关 + W + sequence) when the message has none (备案); a 变更 keeps its
 * number.
 */
@Component(service = CustomsRule.class)
public class BwsRule implements CustomsRule {
    static final String MESSAGE_TYPE = "BWS101";
    /** The message's 商品 rows. */
    static final String ITEMS = "BwsDt";
    static final String NO_ITEMS_CODE = "7001";
    static final String PASSED_CODE = "7000";

    @Override
    public String messageType() {
        return MESSAGE_TYPE;
    }

    @Override
    public Verdict judge(SignedMessage message, NumberSource numbers) {
        MessageXml.Message doc = MessageXml.parse(message);
        if (doc.rows(ITEMS).isEmpty()) {
            return Verdict.refused(new CheckInfo(NO_ITEMS_CODE, "账册表体不能为空"));
        }
        return Verdict.approved(numbers.ledgerNumber(NumberSource.BWS_NO, doc.field("bwsNo"),
                doc.field("masterCuscd")), new CheckInfo(PASSED_CODE, "物流账册审核通过"));
    }
}

package org.tongguan.stock.simulation.internal;

import org.osgi.service.component.annotations.Component;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.customs.simulator.CheckInfo;
import org.tongguan.customs.simulator.CustomsRule;
import org.tongguan.customs.simulator.MessageXml;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;

/**
 * How the simulated customs judges a 业务申报表 ({@value #MESSAGE_TYPE}): no {@code AppGoods} row → 导入失败
 * {@value #NO_ITEMS_CODE} 表体不能为空 (the client's schema); else 通过 {@value #PASSED_CODE}, with a new 申报表编号
 * ({@link NumberSource#SAS_DCL_NO}: S + 主管关区 + sequence) when the message has none (备案); a 变更 keeps its number.
 */
@Component(service = CustomsRule.class)
public class SasDclRule implements CustomsRule {
    static final String MESSAGE_TYPE = "SAS101";
    static final String NO_ITEMS_CODE = "8101";
    static final String PASSED_CODE = "8100";

    @Override
    public String messageType() {
        return MESSAGE_TYPE;
    }

    @Override
    public Verdict judge(SignedMessage message, NumberSource numbers) {
        MessageXml.Head head = MessageXml.head(message);
        if (!head.hasRows()) {
            return Verdict.refused(new CheckInfo(NO_ITEMS_CODE, "业务申报表表体不能为空"));
        }
        return Verdict.approved(numbers.ledgerNumber(NumberSource.SAS_DCL_NO, head.field("sasDclNo"),
                head.field("masterCuscd")), new CheckInfo(PASSED_CODE, "业务申报表审核通过"));
    }
}

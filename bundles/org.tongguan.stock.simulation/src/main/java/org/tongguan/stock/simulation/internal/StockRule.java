package org.tongguan.stock.simulation.internal;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.customs.simulator.CheckInfo;
import org.tongguan.customs.simulator.CustomsRule;
import org.tongguan.customs.simulator.MessageXml;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;

/**
 * How the simulated customs judges a 出入库单 ({@value #MESSAGE_TYPE}): no {@code StockGoods} row → 导入失败
 * {@value #NO_ITEMS_CODE}; without a 申报表编号 → 退单 {@value #NO_FORM_CODE}; else 通过 {@value #PASSED_CODE} with a new
 * 出入库单编号 ({@link NumberSource#nextStockNo}: X + 主管关区 + I/E + yyMMdd + sequence). (The quantities against the
 * 申报表 are the enterprise side's to keep: the area refuses a 出入库单 that does not fit before it is ever declared.)
 */
@Component(service = CustomsRule.class)
public class StockRule implements CustomsRule {
    static final String MESSAGE_TYPE = "SAS111";
    static final String NO_ITEMS_CODE = "8111";
    static final String NO_FORM_CODE = "8112";
    static final String PASSED_CODE = "8110";

    @Override
    public String messageType() {
        return MESSAGE_TYPE;
    }

    @Override
    public Verdict judge(SignedMessage message, NumberSource numbers) {
        MessageXml.Head head = MessageXml.head(message);
        if (!head.hasRows()) {
            return Verdict.refused(new CheckInfo(NO_ITEMS_CODE, "出入库单表体不能为空"));
        }
        if (head.field("sasDclNo").isEmpty()) {
            return Verdict.returned(new CheckInfo(NO_FORM_CODE, "出入库单须填写业务申报表编号"));
        }
        char type = "E".equals(head.field("stockTypecd")) ? 'E' : 'I';
        return Verdict.approved(Map.of(NumberSource.SAS_STOCK_NO, numbers.nextStockNo(NumberSource.district(
                head.field("masterCuscd")), type)), new CheckInfo(PASSED_CODE, "出入库单审核通过"));
    }
}

package org.tongguan.ledger.simulation.internal;

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
 * How the simulated customs judges a 加工贸易账册 备案 or 变更 ({@value #MESSAGE_TYPE}), in this order:
 * <ol>
 * <li>no 料件 row → 退单 {@value #NO_MTPCK_CODE} 账册料件表体不能为空;</li>
 * <li>a BOM row whose 单耗 is not 净耗 / (1 − 有形损耗率 / 100) at 9 decimals → 退单 {@value #UCNS_CODE} naming the
 * 成品 and 料件;</li>
 * <li>else 通过 {@value #PASSED_CODE}, with a new 账册编号 ({@link NumberSource#EMS_NO}: E + 关区 + sequence) when the
 * message has none (备案); a 变更 keeps its number.</li>
 * </ol>
 */
@Component(service = CustomsRule.class)
public class EmsRule implements CustomsRule {
    static final String MESSAGE_TYPE = "EMS111";
    /** The message's 料件 and 单损耗 rows. */
    static final String MTPCK = "EmsPutrecImg";
    static final String BOM = "EmsPutrecCm";
    static final String NO_MTPCK_CODE = "4001";
    static final String UCNS_CODE = "4002";
    static final String PASSED_CODE = "4000";

    @Override
    public String messageType() {
        return MESSAGE_TYPE;
    }

    @Override
    public Verdict judge(SignedMessage message, NumberSource numbers) {
        MessageXml.Message doc = MessageXml.parse(message);
        if (doc.rows(MTPCK).isEmpty()) {
            return Verdict.refused(new CheckInfo(NO_MTPCK_CODE, "账册料件表体不能为空"));
        }
        for (Map<String, String> row : doc.rows(BOM)) {
            String net = row.getOrDefault("netUseupQty", "");
            String ucns = row.getOrDefault("ucnsQty", "");
            String rate = row.getOrDefault("tgblLossRate", "");
            if (net.isEmpty() || ucns.isEmpty() || unitConsumption(new BigDecimal(net),
                    rate.isEmpty() ? BigDecimal.ZERO : new BigDecimal(rate)).compareTo(new BigDecimal(ucns)) != 0) {
                return Verdict.returned(new CheckInfo(UCNS_CODE, "单耗与净耗、有形损耗率不符：成品序号 "
                        + row.get("endprdSeqno") + " 料件序号 " + row.get("mtpckSeqno")));
            }
        }
        return Verdict.approved(numbers.ledgerNumber(NumberSource.EMS_NO, doc.field("emsNo"),
                doc.field("masterCuscd")), new CheckInfo(PASSED_CODE, "加工贸易账册审核通过"));
    }

    /** 单耗 as customs checks it: 净耗 / (1 − 有形损耗率 / 100), at 9 decimals rounded half up. */
    static BigDecimal unitConsumption(BigDecimal net, BigDecimal tangibleLossPercent) {
        BigDecimal keep = BigDecimal.ONE.subtract(tangibleLossPercent.divide(BigDecimal.valueOf(100)));
        return net.divide(keep, 9, java.math.RoundingMode.HALF_UP);
    }
}

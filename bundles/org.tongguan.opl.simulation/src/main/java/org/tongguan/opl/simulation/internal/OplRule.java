package org.tongguan.opl.simulation.internal;

import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.customs.simulator.CheckInfo;
import org.tongguan.customs.simulator.CustomsRule;
import org.tongguan.customs.simulator.MessageXml;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;

/**
 * How the simulated customs judges a 出境加工账册 备案 or 变更 ({@value #MESSAGE_TYPE}, proposed): without its
 * 经营单位 or 加工单位 (manual 003: both required), or with a 监管方式 other than 1427 出料加工 → 退单
 * {@value #REFUSED_CODE}; else 通过 {@value #PASSED_CODE}, with a new 出境加工账册编号 ({@link NumberSource#OPL_NO}:
 * O + 主管海关 + sequence, a proposed format) when the message has none (备案); a 变更 keeps its number.
 */
@Component(service = CustomsRule.class)
public class OplRule implements CustomsRule {
    static final String MESSAGE_TYPE = "OPL101";
    static final String REFUSED_CODE = "8001";
    static final String PASSED_CODE = "8000";

    @Override
    public String messageType() {
        return MESSAGE_TYPE;
    }

    @Override
    public Verdict judge(SignedMessage message, NumberSource numbers) {
        MessageXml.Message doc = MessageXml.parse(message);
        List<CheckInfo> refusals = new ArrayList<>();
        if (doc.field("bizopEtpsno").isEmpty()) {
            refusals.add(new CheckInfo(REFUSED_CODE, "经营单位代码不能为空"));
        }
        if (doc.field("rcvgdEtpsno").isEmpty()) {
            refusals.add(new CheckInfo(REFUSED_CODE, "加工单位代码不能为空"));
        }
        if (!"1427".equals(doc.field("supvModecd"))) {
            refusals.add(new CheckInfo(REFUSED_CODE, "监管方式须为1427出料加工：" + doc.field("supvModecd")));
        }
        if (!refusals.isEmpty()) {
            return Verdict.refused(refusals.toArray(CheckInfo[]::new));
        }
        return Verdict.approved(numbers.ledgerNumber(NumberSource.OPL_NO, doc.field("oplNo"),
                doc.field("masterCuscd")), new CheckInfo(PASSED_CODE, "出境加工账册审核通过"));
    }
}

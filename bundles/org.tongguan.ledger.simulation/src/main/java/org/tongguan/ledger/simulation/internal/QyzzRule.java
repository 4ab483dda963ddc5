package org.tongguan.ledger.simulation.internal;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.customs.simulator.CheckInfo;
import org.tongguan.customs.simulator.CustomsRule;
import org.tongguan.customs.simulator.MessageXml;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;

/**
 * How the simulated customs judges a 企业资质申请 ({@value #MESSAGE_TYPE}), as the manual's receipt shows: with
 * the 商务部前置审批 switch on, an application without any 料件 or 成品 row is 退单 with check {@value #NO_BODY_CODE};
 * otherwise it is 通过 and gets a 档案库编号 (and, at its first approval, a 预录入 number was already given by the
 * import receipt).
 */
@Component(service = CustomsRule.class)
public class QyzzRule implements CustomsRule {
    static final String MESSAGE_TYPE = "EMS101";
    static final String NO_BODY_CODE = "3349";
    static final String NO_BODY_TEXT = "加工账册资质: 商务部前置审批开关开启, 企业必须申报表体, 退单";
    static final CheckInfo PASSED = new CheckInfo("3402", "联网电子审核通过");

    @Override
    public String messageType() {
        return MESSAGE_TYPE;
    }

    @Override
    public Verdict judge(SignedMessage message, NumberSource numbers) {
        MessageXml.Head head = MessageXml.head(message); // the head and whether there are rows: no more is needed
        if (!head.hasRows()) {
            return Verdict.returned(new CheckInfo(NO_BODY_CODE, NO_BODY_TEXT));
        }
        String district = head.field("masterCuscd");
        return Verdict.approved(Map.of(NumberSource.ARCHIVE_NO, numbers.next(NumberSource.ARCHIVE_NO,
                district.matches("[0-9]{4}") ? district : "0000")), PASSED);
    }
}

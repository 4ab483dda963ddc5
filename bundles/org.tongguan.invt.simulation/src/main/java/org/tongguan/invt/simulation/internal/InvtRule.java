package org.tongguan.invt.simulation.internal;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.customs.simulator.CheckInfo;
import org.tongguan.customs.simulator.CustomsRule;
import org.tongguan.customs.simulator.MessageXml;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;

/**
 * How the simulated customs judges a 保税核注清单 ({@value #MESSAGE_TYPE}): without any row → 退单
 * {@value #NO_ROWS_CODE} 清单表体不能为空; else 通过 {@value #PASSED_CODE} with a new 核注清单编号 ({@code QD} + 申报地关区
 * + year + I/E + sequence), followed by the release receipt (核扣) after the same delay: the list is 预核扣, then
 * 已核扣. (The balances are the enterprise side's to keep: the list area refuses a list that does not fit before it is
 * ever declared.)
 */
@Component(service = CustomsRule.class)
public class InvtRule implements CustomsRule {
    static final String MESSAGE_TYPE = "INV101";
    /** The message's rows. */
    static final String ITEMS = "InvtListType";
    static final String NO_ROWS_CODE = "6001";
    static final String PASSED_CODE = "6000";

    @Override
    public String messageType() {
        return MESSAGE_TYPE;
    }

    @Override
    public Verdict judge(SignedMessage message, NumberSource numbers) {
        MessageXml.Message doc = MessageXml.parse(message);
        if (doc.rows(ITEMS).isEmpty()) {
            return Verdict.refused(new CheckInfo(NO_ROWS_CODE, "清单表体不能为空"));
        }
        String ie = doc.field("impexpMarkcd");
        String no = numbers.nextListNo(NumberSource.district(doc.field("dclPlcCuscd")), "E".equals(ie) ? 'E' : 'I');
        return Verdict.approved(Map.of(NumberSource.BOND_INVT_NO, no), new CheckInfo(PASSED_CODE, "核注清单审核通过"))
                .released();
    }
}

package org.tongguan.passport.simulation.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.customs.simulator.CheckInfo;
import org.tongguan.customs.simulator.CustomsRule;
import org.tongguan.customs.simulator.MessageXml;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;

/**
 * How the simulated customs judges a 核放单 ({@value #MESSAGE_TYPE}) and its gate (DOMAIN-AREAS §3): the e-port client
 * refuses at import a 申报类型 other than 备案 or 作废 ({@value #DCL_TYPE_CODE} "目前核放单只允许备案"), a slip without
 * 承运车牌号 or 车自重 ({@value #VEHICLE_CODE}) and one whose 关联单证 rows disagree with its header's type
 * ({@value #RELATION_CODE}); customs returns a 空车 with goods ({@value #EMPTY_CODE}). Else 通过
 * {@value #PASSED_CODE}: a 备案 gets a new 核放单编号 ({@code Z} + 主管关区 + I/E + date + 12 digits) and, after the
 * same delay, the 过卡 receipt (SAS223 已过卡: the vehicle went through the gate); an approved 作废 keeps its number and
 * no vehicle passes.
 */
@Component(service = CustomsRule.class)
public class PassportRule implements CustomsRule {
    static final String MESSAGE_TYPE = "SAS121";
    static final String ITEMS = "PassportList";
    static final String RELATIONS = "PassportAcmp";
    static final String PASSED_CODE = "8000";
    static final String DCL_TYPE_CODE = "8001";
    static final String VEHICLE_CODE = "8002";
    static final String RELATION_CODE = "8003";
    static final String EMPTY_CODE = "8004";
    private static final Set<String> DCL_TYPES = Set.of("1", "3");

    @Override
    public String messageType() {
        return MESSAGE_TYPE;
    }

    @Override
    public Verdict judge(SignedMessage message, NumberSource numbers) {
        MessageXml.Message doc = MessageXml.parse(message);
        String dclType = doc.field("dclTypecd");
        if (!DCL_TYPES.contains(dclType)) {
            return Verdict.refused(new CheckInfo(DCL_TYPE_CODE, "申报类型“" + dclType + "”不正确：目前核放单只允许备案或作废"));
        }
        if (doc.field("vehicleNo").isEmpty() || !positive(doc.field("vehicleWt"))) {
            return Verdict.refused(new CheckInfo(VEHICLE_CODE, "承运车牌号和车自重（须大于0）不能为空"));
        }
        String rltType = doc.field("rltTbTypecd");
        for (Map<String, String> r : doc.rows(RELATIONS)) {
            if (!rltType.equals(r.getOrDefault("rtlBillTypecd", ""))) {
                return Verdict.refused(new CheckInfo(RELATION_CODE, "关联单证类型与表头关联单证类型“" + rltType + "”不一致"));
            }
        }
        if ("6".equals(doc.field("passportTypecd")) && !doc.rows(ITEMS).isEmpty()) {
            return Verdict.returned(new CheckInfo(EMPTY_CODE, "空车进出区的核放单不能有表体"));
        }
        if ("3".equals(dclType)) {
            return Verdict.approved(Map.of(), new CheckInfo(PASSED_CODE, "核放单作废审核通过"));
        }
        String no = numbers.nextPassportNo(NumberSource.district(doc.field("masterCuscd")),
                "E".equals(doc.field("ioTypecd")) ? 'E' : 'I');
        return Verdict.approved(Map.of(NumberSource.PASSPORT_NO, no), new CheckInfo(PASSED_CODE, "核放单审核通过"))
                .released();
    }

    private static boolean positive(String number) {
        try {
            return !number.isEmpty() && new BigDecimal(number).signum() > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

package org.tongguan.passport.simulation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongguan.core.customs.EnvelopeInfo;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;

/** How the simulated customs judges a 核放单 and lets the vehicle through the gate. */
class PassportRuleTest {
    private final PassportRule rule = new PassportRule();

    /** Numbers in the simulator's format, remembering what was asked. */
    private static final class Numbers implements NumberSource {
        final List<String> asked = new ArrayList<>();

        @Override
        public String next(String kind, String district) {
            throw new IllegalStateException("a 核放单 takes its own number");
        }

        @Override
        public String nextListNo(String district, char impExp) {
            throw new IllegalStateException("a 核放单 takes its own number");
        }

        @Override
        public String nextPassportNo(String district, char ioType) {
            asked.add(district + ioType);
            return "Z" + district + ioType + "260315" + String.format("%012d", asked.size());
        }
    }

    /**
     * A SAS121 as the product writes it: 入区 bound to one list, of that 核放单类型, 车自重 and 申报类型, the rows
     * {@code body}.
     */
    private static SignedMessage message(String passportType, String vehicleWt, String dclType, String body) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><PassPortMessage><PassportHead>"
                + "<PassportTypecd>" + passportType + "</PassportTypecd><MasterCuscd>9000</MasterCuscd><DclTypecd>"
                + dclType + "</DclTypecd><IoTypecd>I</IoTypecd><BindTypecd>2</BindTypecd><RltTbTypecd>1</RltTbTypecd>"
                + "<RltNo>QD900026I000000001</RltNo><VehicleNo>陕AS09P7</VehicleNo><VehicleWt>" + vehicleWt
                + "</VehicleWt><EtpsPreentNo>PASSPORT1</EtpsPreentNo></PassportHead>" + body
                + "<OperCusRegCode>6101940123</OperCusRegCode></PassPortMessage>";
        return new SignedMessage(new EnvelopeInfo("1.0", "PASSPORT1", "PASSPORT1-1", "SAS121_PASSPORT1_1.xml",
                "SAS121", "DXPENT6101940123", "DXPEDCSAS", Instant.EPOCH), "1", xml.getBytes(StandardCharsets.UTF_8),
                "OP1");
    }

    private static final String RELATION = "<PassportAcmp><RtlBillTypecd>1</RtlBillTypecd>"
            + "<RtlBillNo>QD900026I000000001</RtlBillNo></PassportAcmp>";

    @Test
    void aFilingIsApprovedWithANumberOfItsDistrictAndDirectionAndPassesTheGate() {
        Numbers numbers = new Numbers();
        Verdict v = rule.judge(message("3", "1450", "1", RELATION), numbers);
        assertEquals(Verdict.Result.APPROVED, v.result());
        assertEquals("Z9000I260315000000000001", v.assignedNumbers().get(NumberSource.PASSPORT_NO));
        assertTrue(v.release(), "the 过卡 follows");
        assertEquals(PassportRule.PASSED_CODE, v.checks().get(0).code());
        assertEquals(List.of("9000I"), numbers.asked);
    }

    @Test
    void aCancellationKeepsItsNumberAndNoVehiclePasses() {
        Numbers numbers = new Numbers();
        Verdict v = rule.judge(message("3", "1450", "3", RELATION), numbers);
        assertEquals(Verdict.Result.APPROVED, v.result());
        assertTrue(v.assignedNumbers().isEmpty());
        assertFalse(v.release());
        assertTrue(numbers.asked.isEmpty());
    }

    @Test
    void theClientRefusesAChangeAMissingVehicleAndRelationsOfAnotherTypeAndCustomsReturnsALoadedEmptyVehicle() {
        Numbers numbers = new Numbers();
        Verdict change = rule.judge(message("3", "1450", "2", RELATION), numbers);
        assertEquals(Verdict.Result.REFUSED, change.result());
        assertEquals(PassportRule.DCL_TYPE_CODE, change.checks().get(0).code());
        Verdict weightless = rule.judge(message("3", "0", "1", RELATION), numbers);
        assertEquals(Verdict.Result.REFUSED, weightless.result());
        assertEquals(PassportRule.VEHICLE_CODE, weightless.checks().get(0).code());
        Verdict relation = rule.judge(message("3", "1450", "1", RELATION.replace("<RtlBillTypecd>1",
                "<RtlBillTypecd>2")), numbers);
        assertEquals(Verdict.Result.REFUSED, relation.result());
        assertEquals(PassportRule.RELATION_CODE, relation.checks().get(0).code());
        Verdict loaded = rule.judge(message("6", "1450", "1", "<PassportList><PassportSeqNo>1</PassportSeqNo>"
                + "</PassportList>"), numbers);
        assertEquals(Verdict.Result.RETURNED, loaded.result());
        assertEquals(PassportRule.EMPTY_CODE, loaded.checks().get(0).code());
        assertTrue(numbers.asked.isEmpty(), "no number for what is not approved");
    }
}

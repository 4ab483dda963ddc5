package org.tongguan.core.customs.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongguan.core.declaration.DocumentEvent;

class PocketAssemblerTest {
    /** The SAS221 sample cut in two pockets: the copy's header in the first, its rows in the second. */
    private static WireMessage.ReceiptPocket pocket(int no) {
        String xml = new String(Samples.bytes("SAS221.xml"), StandardCharsets.UTF_8)
                .replace("<total_pocket_qty>1</total_pocket_qty>", "<total_pocket_qty>2</total_pocket_qty>")
                .replace("<cur_pocket_no>1</cur_pocket_no>", "<cur_pocket_no>" + no + "</cur_pocket_no>");
        if (no == 1) {
            xml = xml.replaceAll("(?s)<SasPassportDt>.*</SasPassportRlt>", "");
        } else {
            xml = xml.replaceAll("(?s)<SasPassportBsc>.*</SasPassportBsc>", "");
        }
        return (WireMessage.ReceiptPocket) WireReader.read("SAS221-" + no + ".xml",
                xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTwoPocketReceiptIsWholeWhenBothCame() {
        PocketAssembler assembler = new PocketAssembler();
        assertTrue(assembler.offer(pocket(2)).isEmpty());
        assertTrue(assembler.offer(pocket(2)).isEmpty(), "the same pocket twice counts once");
        assertEquals(1, assembler.waiting());
        CustomsReceipt r = assembler.offer(pocket(1)).orElseThrow();
        assertEquals(0, assembler.waiting());
        assertEquals(List.of("SAS221-1.xml", "SAS221-2.xml"), r.files());
        assertEquals(List.of("HdeApprResult", "SasPassportBsc", "SasPassportDt", "SasPassportRlt"),
                r.content().childNames());
        assertEquals(Map.of("passportNo", "Z3111I240728000000000003"), r.numbers());
        assertEquals(DocumentEvent.APPROVE, r.outcome().event());
    }

    @Test
    void aReceiptInOnePocketOrWithoutPocketInfoIsWholeAsItComes() {
        PocketAssembler assembler = new PocketAssembler();
        assertTrue(assembler.offer((WireMessage.ReceiptPocket) WireReader.read("INV201.xml",
                Samples.bytes("INV201.xml"))).isPresent());
        assertTrue(assembler.offer((WireMessage.ReceiptPocket) WireReader.read("INV202.xml",
                Samples.bytes("INV202.xml"))).isPresent());
        assertEquals(0, assembler.waiting());
    }
}

package org.tongguan.stock.simulation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** How the simulated customs judges a 业务申报表 and a 出入库单, read as the e-port client imports them. */
class SasRulesTest {
    /** Numbers in the simulator's formats, remembering what was asked. */
    private static final class Numbers implements NumberSource {
        final List<String> asked = new ArrayList<>();

        @Override
        public String next(String kind, String district) {
            asked.add(kind + "/" + district);
            return "S" + district + String.format("%05d", asked.size());
        }

        @Override
        public String nextListNo(String district, char impExp) {
            throw new IllegalStateException("no list here");
        }

        @Override
        public String nextStockNo(String district, char stockType) {
            asked.add("sasStockNo/" + district + "/" + stockType);
            return "X" + district + stockType + "260314" + String.format("%06d", asked.size());
        }
    }

    private static SignedMessage message(String type, String xml) {
        return new SignedMessage(new EnvelopeInfo("1.0", "M1", "M1-1", type + "_M1_1.xml", type,
                "DXPENT6101940123", "DXPEDCSAS", Instant.EPOCH), "1", xml.getBytes(StandardCharsets.UTF_8), "OP1");
    }

    private static SignedMessage form(String number, String goods) {
        return message("SAS101", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><AppMessage><AppHead><SeqNo></SeqNo>"
                + "<SasDclNo>" + number + "</SasDclNo><MaserCuscd>9000</MaserCuscd><DclTypecd>1</DclTypecd>"
                + "<EtpsPreentNo>SASDCL1</EtpsPreentNo></AppHead>" + goods
                + "<OperCusRegCode>6101940123</OperCusRegCode></AppMessage>");
    }

    private static SignedMessage stock(String form, String type, String goods) {
        return message("SAS111", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><StockMessage><StockHead>"
                + "<SeqNo></SeqNo><DclTypecd>1</DclTypecd><SasDclNo>" + form + "</SasDclNo>"
                + "<MasterCuscd>9000</MasterCuscd><StockTypecd>" + type + "</StockTypecd>"
                + "<EtpsPreentNo>STOCK1</EtpsPreentNo></StockHead>" + goods
                + "<OperCusRegCode>6101940123</OperCusRegCode></StockMessage>");
    }

    @Test
    void aFormWithoutGoodsIsRefusedAtImportAndTakesNoNumber() {
        Numbers numbers = new Numbers();
        Verdict v = new SasDclRule().judge(form("", ""), numbers);
        assertEquals(Verdict.Result.REFUSED, v.result());
        assertEquals(SasDclRule.NO_ITEMS_CODE, v.checks().get(0).code());
        assertTrue(numbers.asked.isEmpty());
    }

    @Test
    void aFormsFilingIsApprovedWithAnSNumberOfItsDistrictAndAChangeKeepsIt() {
        Numbers numbers = new Numbers();
        Verdict v = new SasDclRule().judge(form("", "<AppGoods><SasDclSeqno>1</SasDclSeqno></AppGoods>"), numbers);
        assertEquals(Verdict.Result.APPROVED, v.result());
        assertEquals("S900000001", v.assignedNumbers().get(NumberSource.SAS_DCL_NO));
        assertEquals(List.of("sasDclNo/9000"), numbers.asked);

        Verdict change = new SasDclRule().judge(form("S900000001",
                "<AppGoods><SasDclSeqno>1</SasDclSeqno></AppGoods>"), numbers);
        assertEquals(Verdict.Result.APPROVED, change.result());
        assertTrue(change.assignedNumbers().isEmpty());
    }

    @Test
    void aStockDocumentIsApprovedWithAnXNumberOfItsDistrictAndDirection() {
        Numbers numbers = new Numbers();
        Verdict v = new StockRule().judge(stock("S900000001", "E",
                "<StockGoods><SasStockSeqno>1</SasStockSeqno></StockGoods>"), numbers);
        assertEquals(Verdict.Result.APPROVED, v.result());
        assertEquals("X9000E260314000001", v.assignedNumbers().get(NumberSource.SAS_STOCK_NO));
    }

    @Test
    void aStockDocumentWithoutGoodsOrFormIsNotApproved() {
        Numbers numbers = new Numbers();
        assertEquals(Verdict.Result.REFUSED, new StockRule().judge(stock("S900000001", "I", ""), numbers).result());
        Verdict v = new StockRule().judge(stock("", "I", "<StockGoods><SasStockSeqno>1</SasStockSeqno></StockGoods>"),
                numbers);
        assertEquals(Verdict.Result.RETURNED, v.result());
        assertEquals(StockRule.NO_FORM_CODE, v.checks().get(0).code());
        assertTrue(numbers.asked.isEmpty());
    }
}

package org.tongguan.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongguan.core.Validator;
import org.tongguan.core.customs.EnvelopeInfo;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;

/** 企业资质申请: its customs rule (manual 000 §四(四) receipt) and its header rules. */
class QyzzTest {
    private final QyzzRule rule = new QyzzRule();
    private final QyzzType type = new QyzzType();

    /** Numbers as the simulator hands them out, counted per kind and district. */
    private static final class Numbers implements NumberSource {
        final Map<String, Integer> taken = new HashMap<>();

        @Override
        public String next(String kind, String district) {
            int n = taken.merge(kind + district, 1, Integer::sum);
            return district + "26" + String.format("%06d", n);
        }

        @Override
        public String nextListNo(String district, char impExp) {
            throw new IllegalStateException("an application takes no list number");
        }
    }

    private static SignedMessage message(String body) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><QyzzMessage><Head><etpsPreentNo>QYZZ1</etpsPreentNo>"
                + "<masterCuscd>9000</masterCuscd></Head>" + body + "</QyzzMessage>";
        return new SignedMessage(new EnvelopeInfo("1.0", "QYZZ1", "QYZZ1-1", "QYZZ101_QYZZ1_1.xml", "QYZZ101",
                "DXPENT6101940123", "DXPEDCEMS", Instant.EPOCH), "1", xml.getBytes(StandardCharsets.UTF_8), "OP1");
    }

    @Test
    void anApplicationWithoutTableBodyIsReturnedWith3349AndTakesNoNumber() {
        Numbers numbers = new Numbers();
        Verdict v = rule.judge(message("<mtpck></mtpck><endprd></endprd>"), numbers);
        assertEquals(Verdict.Result.RETURNED, v.result());
        assertEquals("3349", v.checks().get(0).code());
        assertTrue(v.checks().get(0).text().contains("企业必须申报表体"));
        assertTrue(numbers.taken.isEmpty());
    }

    @Test
    void anApplicationWithRowsIsApprovedWithAnArchiveNumberOfItsCustomsDistrict() {
        Numbers numbers = new Numbers();
        Verdict v = rule.judge(message("<mtpck><Item><gdsSeqno>1</gdsSeqno></Item></mtpck><endprd></endprd>"),
                numbers);
        assertEquals(Verdict.Result.APPROVED, v.result());
        assertEquals("900026000001", v.assignedNumbers().get(NumberSource.ARCHIVE_NO));
        assertEquals("3402", v.checks().get(0).code());
    }

    @Test
    void approvalFillsTheArchiveNumberOnceAndTheDateOfFilingOrOfChange() {
        Map<String, String> header = new HashMap<>();
        type.onApproved(header, Map.of("archiveNo", "900026000001"), LocalDate.of(2026, 12, 1), false);
        assertEquals("900026000001", header.get("netwkEtpsArcrpNo"));
        assertEquals("20261201", header.get("putrecApprTime"));
        type.onApproved(header, Map.of("archiveNo", "900026000099"), LocalDate.of(2027, 1, 5), true);
        assertEquals("900026000001", header.get("netwkEtpsArcrpNo"), "the archive number stays");
        assertEquals("20270105", header.get("chgApprTime"));
        assertEquals("20261201", header.get("putrecApprTime"));
        Map<String, String> changing = new HashMap<>(Map.of("dclTypecd", "1"));
        type.onChange(changing);
        assertEquals("2", changing.get("dclTypecd"), "变更申请");
    }

    @Test
    void theValidityMustEndAfterTheEntryDate() {
        Validator v = Validator.core();
        type.validateHeader(Map.of("finishValidDate", "20261130", "inputTime", "20261201"), v);
        assertEquals("finishValidDate", v.errors().get(0).field());
        assertEquals("结束有效期须晚于录入日期 2026-12-01", v.errors().get(0).message(java.util.Locale.SIMPLIFIED_CHINESE));
        Validator ok = Validator.core();
        type.validateHeader(Map.of("finishValidDate", "20301231", "inputTime", "20261201"), ok);
        assertTrue(ok.errors().isEmpty());
    }

    @Test
    void everyFieldTabAndOptionHasItsTextInBothLanguages() throws Exception {
        for (String file : new String[] {"messages_zh_CN.properties", "messages_en.properties"}) {
            java.util.Properties texts = new java.util.Properties();
            try (var in = QyzzType.class.getResourceAsStream("/org/tongguan/ledger/" + file)) {
                texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            java.util.List<String> keys = new java.util.ArrayList<>(java.util.List.of(type.titleKey()));
            type.header().forEach(f -> {
                keys.add(f.labelKey());
                keys.addAll(f.options().values());
            });
            type.tabs().forEach(t -> {
                keys.add(t.labelKey());
                t.columns().forEach(c -> keys.add(c.labelKey()));
            });
            keys.addAll(type.attachments().kinds().values());
            for (String key : keys) {
                assertTrue(texts.containsKey(key), key + " in " + file);
            }
        }
    }
}

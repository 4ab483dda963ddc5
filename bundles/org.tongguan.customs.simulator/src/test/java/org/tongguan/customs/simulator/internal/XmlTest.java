package org.tongguan.customs.simulator.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The streaming field scan reads what the tree-walking {@link Xml#first(org.w3c.dom.Document, String...)} reads. */
class XmlTest {
    private static final String MESSAGE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <QyzzMessage xmlns="urn:qyzz">
              <Head><etpsPreentNo>  </etpsPreentNo><masterCuscd>61<!-- 注释 -->01</masterCuscd><rmk><![CDATA[a&b]]></rmk></Head>
              <mtpck><Item><etpsPreentNo>QP0001</etpsPreentNo><gdsNm>衣架</gdsNm></Item></mtpck>
              <dclTypecd><code>1</code><name>备案</name></dclTypecd>
              <masterCuscd>9999</masterCuscd>
            </QyzzMessage>
            """;
    private static final Set<String> NAMES = Set.of("etpsPreentNo", "masterCuscd", "rmk", "dclTypecd", "chgTmsCnt");

    @Test
    void theFirstElementWithTextOfEachNameAsTheTreeReadsIt() {
        Map<String, String> fields = Xml.firsts(MESSAGE.getBytes(UTF_8), NAMES).orElseThrow();
        org.w3c.dom.Document doc = Xml.parse(MESSAGE.getBytes(UTF_8)).orElseThrow();
        for (String name : NAMES) {
            assertEquals(Xml.first(doc, name), Xml.first(fields, name), name);
        }
        assertEquals("QP0001", fields.get("etpsPreentNo"), "a blank one does not count");
        assertEquals("6101", fields.get("masterCuscd"), "comments are not text");
        assertEquals("a&b", fields.get("rmk"));
        assertEquals("1备案", fields.get("dclTypecd"), "the text of the element's descendants");
        assertTrue(!fields.containsKey("chgTmsCnt"));
        assertEquals(Optional.of("6101"), Xml.first(fields, "chgTmsCnt", "masterCuscd"), "names tried in order");
    }

    @Test
    void theScanStopsAfterAChildOfTheRootOnceEnoughIsFound() {
        String rows = "<mtpck><Item><gdsNm>衣架</gdsNm><chgTmsCnt>7</chgTmsCnt></Item></mtpck><broken>";
        String head = "<Q><Head><masterCuscd>6101</masterCuscd><dclTypecd>1</dclTypecd></Head>";
        Map<String, String> fields = Xml.firsts((head + rows).getBytes(UTF_8), NAMES,
                f -> f.containsKey("masterCuscd") && f.containsKey("dclTypecd")).orElseThrow();
        assertEquals(Map.of("masterCuscd", "6101", "dclTypecd", "1"), fields, "the rows are not read");

        Map<String, String> more = Xml.firsts((head + rows.replace("<broken>", "</Q>")).getBytes(UTF_8), NAMES,
                f -> f.containsKey("chgTmsCnt")).orElseThrow();
        assertEquals("7", more.get("chgTmsCnt"), "read on until enough is found");
        assertEquals(Optional.empty(), Xml.firsts((head + rows).getBytes(UTF_8), NAMES, f -> f.containsKey("x")),
                "and then the whole must be well-formed");
    }

    @Test
    void notWellFormedOrADoctypeGivesNothing() {
        assertEquals(Optional.empty(), Xml.firsts("<a><b></a>".getBytes(UTF_8), NAMES));
        assertEquals(Optional.empty(), Xml.firsts("<!DOCTYPE a [<!ENTITY e \"x\">]><a><rmk>&e;</rmk></a>"
                .getBytes(UTF_8), NAMES));
    }
}

package org.tongguan.core.internal.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongguan.core.customs.wire.ImportLayout;
import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.ValidationException;
import org.tongguan.core.Validator;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentAction;
import org.tongguan.core.declaration.DocumentQuery;
import org.tongguan.core.declaration.DocumentRows;
import org.tongguan.core.declaration.DocumentService;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.ItemTab;
import org.tongguan.core.declaration.RowCheck;
import org.tongguan.core.security.UserContext;
import org.tongguan.core.testing.TestDatabase;
import org.tongguan.core.testing.TestPolicy;

/**
 * The document service's hooks for the areas, on a real (in-memory Derby) database: combined unique columns, a row
 * check that completes rows, the rules of a draft, derived tabs, header criteria of a query and actions.
 */
class DocumentServiceTest {
    private static final UserContext SYSTEM = UserContext.system("test");
    private static final Messages TEXTS = new Messages("org.tongguan.core.messages", DocumentServiceTest.class
            .getClassLoader());

    private TestDatabase db;
    private DocumentService documents;
    private TestDocuments fixture;

    /** A small type: header with an enterprise and a kind; 成品 and BOM rows; a derived tab of totals. */
    static final class Bom implements DocumentType {
        /** A message of the test's own: a header and the three tabs' rows. */
        static final ImportLayout LAYOUT = new ImportLayout("BOM101", "BomMessage",
                ImportLayout.Part.derived("BomHead", List.of("EtpsPreentNo")),
                List.of(ImportLayout.Part.derived("Exg", List.of()), ImportLayout.Part.derived("Bom", List.of()),
                        ImportLayout.Part.derived("Sum", List.of())),
                List.of(ImportLayout.OPER_CUS_REG_CODE), Map.of(), "EtpsPreentNo", null, false);

        @Override
        public String id() {
            return "bom";
        }

        @Override
        public Messages messages() {
            return TEXTS;
        }

        @Override
        public String titleKey() {
            return "document.record";
        }

        @Override
        public String permission() {
            return "test.bom";
        }

        @Override
        public ImportLayout layout() {
            return LAYOUT;
        }

        @Override
        public String businessType() {
            return "BOM";
        }

        @Override
        public List<FieldSpec> header() {
            return List.of(FieldSpec.text("etps", "document.record", 10).asRequired(),
                    FieldSpec.text("kind", "document.record", 1),
                    FieldSpec.text("done", "document.record", 1).asReadOnly());
        }

        @Override
        public List<ItemTab> tabs() {
            return List.of(new ItemTab("exg", "document.record", "Exg", List.of(
                    FieldSpec.integer("seq", "document.record", 9),
                    FieldSpec.decimal("qty", "document.record", 2),
                    FieldSpec.text("mark", "document.record", 1).asReadOnly()), "seq", List.of("seq"))
                    .withMarks("mark"),
                    new ItemTab("bom", "document.record", "Bom", List.of(
                            FieldSpec.integer("exg", "document.record", 9).asRequired(),
                            FieldSpec.integer("img", "document.record", 9).asRequired(),
                            FieldSpec.text("ver", "document.record", 8).asRequired(),
                            FieldSpec.decimal("net", "document.record", 9).asRequired(),
                            FieldSpec.decimal("ucns", "document.record", 9).asReadOnly()),
                            null, List.of("exg+img+ver")),
                    new ItemTab("sum", "document.record", "Sum", List.of(
                            FieldSpec.integer("exg", "document.record", 9).asReadOnly(),
                            FieldSpec.decimal("total", "document.record", 9).asReadOnly(),
                            FieldSpec.decimal("note", "document.record", 2)), null, List.of()).asDerived());
        }

        @Override
        public String enterpriseKey() {
            return "etps";
        }

        @Override
        public List<String> queryKeys() {
            return List.of("etps", "kind");
        }

        /** BOM rows name a stored 成品 and get 单耗 = 净耗 × 2. */
        @Override
        public RowCheck rowCheck(String tab, Map<String, String> header, DocumentRows rows) {
            if (!tab.equals("bom")) {
                return RowCheck.NONE;
            }
            List<String> exgs = rows.rows("exg").stream().map(r -> r.get("seq")).toList();
            return (row, v) -> {
                if (!exgs.contains(row.get("exg"))) {
                    v.error("exg", "field.code.unknown", "exg", row.get("exg"));
                }
                row.put("ucns", new BigDecimal(row.get("net")).multiply(BigDecimal.valueOf(2)).stripTrailingZeros()
                        .toPlainString());
            };
        }

        /** No 成品 above 100. */
        @Override
        public void validateDraft(Document document, Validator v) {
            for (Document.Item i : document.items("exg")) {
                if (!i.value("qty").isEmpty() && new BigDecimal(i.value("qty")).compareTo(BigDecimal.valueOf(100)) > 0) {
                    v.error("exg.qty", "field.tooLong", "qty", 100);
                }
            }
        }

        /** One row per 成品 with the sum of its BOM 单耗; the clerk's note kept. */
        @Override
        public Map<String, List<Map<String, String>>> deriveItems(Document document) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (Document.Item e : document.items("exg")) {
                BigDecimal total = BigDecimal.ZERO;
                for (Document.Item b : document.items("bom")) {
                    if (b.value("exg").equals(e.value("seq"))) {
                        total = total.add(new BigDecimal(b.value("ucns")));
                    }
                }
                Map<String, String> row = new HashMap<>(Map.of("exg", e.value("seq"), "total",
                        total.stripTrailingZeros().toPlainString()));
                document.items("sum").stream().filter(s -> s.value("exg").equals(e.value("seq"))).findFirst()
                        .ifPresent(s -> row.put("note", s.value("note")));
                rows.add(row);
            }
            return Map.of("sum", rows);
        }

        @Override
        public List<DocumentAction> actions() {
            return List.of(new DocumentAction("finish", "document.record", java.util.Set.of(DocumentState.DRAFT)));
        }

        @Override
        public void perform(String action, Document document, Map<String, String> header, Validator v) {
            header.put("done", "1");
        }
    }

    @BeforeEach
    void setUp() {
        db = new TestDatabase("org/tongguan/core/db/changelog.xml");
        fixture = new TestDocuments(db, new TestPolicy(), null).add(new Bom());
        documents = fixture.service();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Document create(String etps, String kind) {
        return documents.create(SYSTEM, "bom", Map.of("etps", etps, "kind", kind));
    }

    @Test
    void aRowCheckCompletesRowsAndCombinedColumnsAreUnique() {
        Document d = create("6101000001", "A");
        d = documents.saveItem(SYSTEM, d.id(), d.version(), "exg", null, Map.of("qty", "5"));
        assertEquals("1", d.items("exg").get(0).value("seq"));
        assertEquals(ItemTab.MARK_ADDED, d.items("exg").get(0).value("mark"));
        d = documents.saveItem(SYSTEM, d.id(), d.version(), "bom", null,
                Map.of("exg", "1", "img", "7", "ver", "0", "net", "0.25"));
        assertEquals("0.5", d.items("bom").get(0).value("ucns"), "computed by the row check");
        long id = d.id();
        long version = d.version();
        ValidationException twice = assertThrows(ValidationException.class, () -> documents.saveItem(SYSTEM, id,
                version, "bom", null, Map.of("exg", "1", "img", "7", "ver", "0", "net", "1")));
        assertEquals("bom.exg", twice.errors().get(0).field());
        assertTrue(twice.getMessage().contains("1/7/0"), twice.getMessage());
        ValidationException unknown = assertThrows(ValidationException.class, () -> documents.saveItem(SYSTEM, id,
                version, "bom", null, Map.of("exg", "9", "img", "7", "ver", "0", "net", "1")));
        assertEquals("bom.exg", unknown.errors().get(0).field());
    }

    @Test
    void aDraftThatBreaksTheTypesRuleIsNotStored() {
        Document d = create("6101000001", "A");
        long id = d.id();
        long version = d.version();
        assertThrows(ValidationException.class, () -> documents.saveItem(SYSTEM, id, version, "exg", null,
                Map.of("qty", "101")));
        Document now = documents.get(SYSTEM, id);
        assertEquals(version, now.version(), "nothing written");
        assertTrue(now.items("exg").isEmpty());
    }

    @Test
    void derivedRowsAreMadeAtEverySaveOfTheHeaderAndKeepWhatTheClerkEntered() {
        Document d = create("6101000001", "A");
        d = documents.saveItem(SYSTEM, d.id(), d.version(), "exg", null, Map.of("qty", "5"));
        d = documents.saveItem(SYSTEM, d.id(), d.version(), "bom", null,
                Map.of("exg", "1", "img", "7", "ver", "0", "net", "0.25"));
        d = documents.saveHeader(SYSTEM, d.id(), d.version(), d.header());
        assertEquals("0.5", d.items("sum").get(0).value("total"));
        long id = d.id();
        long version = d.version();
        assertThrows(RuleViolation.class, () -> documents.saveItem(SYSTEM, id, version, "sum", null,
                Map.of("note", "1")), "no rows of one's own in a derived tab");
        d = documents.saveItem(SYSTEM, id, version, "sum", d.items("sum").get(0).id(),
                Map.of("note", "3.5", "total", "99"));
        assertEquals("0.5", d.items("sum").get(0).value("total"), "computed columns are the system's");
        d = documents.saveItem(SYSTEM, d.id(), d.version(), "bom", null,
                Map.of("exg", "1", "img", "8", "ver", "0", "net", "1"));
        d = documents.saveHeader(SYSTEM, d.id(), d.version(), d.header());
        assertEquals("2.5", d.items("sum").get(0).value("total"));
        assertEquals("3.5", d.items("sum").get(0).value("note"));
    }

    @Test
    void aQueryNarrowsByHeaderValuesAndBeginnings() {
        create("6101000001", "A");
        create("6101000001", "B");
        create("6101000001", "B");
        assertEquals(2, documents.count(SYSTEM, new DocumentQuery("bom", "6101000001", null, null, null, null, 0, 10,
                Map.of("kind", "B"))));
        assertEquals(3, documents.count(SYSTEM, new DocumentQuery("bom", "6101000001", null, null, null, null, 0, 10,
                Map.of("etps", "6101*"))));
        assertEquals(0, documents.count(SYSTEM, new DocumentQuery("bom", "6101000001", null, null, null, null, 0, 10,
                Map.of("etps", "610100000"))), "a value matches whole");
        assertEquals(0, documents.count(SYSTEM, new DocumentQuery("bom", "6101000001", null, null, null, null, 0, 10,
                Map.of("kind", "%"))), "no wildcards from the caller");
        RuleViolation notOffered = assertThrows(RuleViolation.class, () -> documents.count(SYSTEM,
                new DocumentQuery("bom", "6101000001", null, null, null, null, 0, 10, Map.of("done", "1"))));
        assertTrue(notOffered.getMessage().contains("done"), notOffered.getMessage());
        // documents stored before their keys were kept are found once the engine has indexed them
        org.tongguan.core.persistence.Transactions.write(db.jpa(), "", em -> em.createQuery(
                "DELETE FROM DocumentKeyEntity k").executeUpdate());
        assertEquals(0, documents.count(SYSTEM, new DocumentQuery("bom", "6101000001", null, null, null, null, 0, 10,
                Map.of("kind", "B"))));
        fixture.sweep();
        assertEquals(2, documents.count(SYSTEM, new DocumentQuery("bom", "6101000001", null, null, null, null, 0, 10,
                Map.of("kind", "B"))));
        // a change of the header moves the keys with it
        Document a = documents.query(SYSTEM, new DocumentQuery("bom", "6101000001", null, null, null, null, 0, 10,
                Map.of("kind", "A"))).stream().findFirst().map(x -> documents.get(SYSTEM, x.id())).orElseThrow();
        documents.saveHeader(SYSTEM, a.id(), a.version(), Map.of("etps", "6101000001", "kind", "B"));
        assertEquals(3, documents.count(SYSTEM, new DocumentQuery("bom", "6101000001", null, null, null, null, 0, 10,
                Map.of("kind", "B"))));
    }

    private static java.io.InputStream xlsx(List<List<String>> rows) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        // the template's heading: the entered columns' labels (here all the same text)
        org.tongguan.core.io.Xlsx.write(out, "t", List.of("单证", "单证"), rows);
        return new java.io.ByteArrayInputStream(out.toByteArray());
    }

    @Test
    void anImportWritesEveryRowOrNoneAndNamesEveryBadRow() throws Exception {
        Document d = create("6101000001", "A");
        d = documents.saveItem(SYSTEM, d.id(), d.version(), "exg", null, Map.of("seq", "7", "qty", "1"));
        List<List<String>> good = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            good.add(List.of("", Integer.toString(i % 90)));
        }
        good.add(List.of("20000", "1"));
        good.add(List.of("", "2"));
        var result = documents.importItems(SYSTEM, d.id(), d.version(), "exg", xlsx(good),
                java.util.Locale.SIMPLIFIED_CHINESE);
        assertTrue(result.ok(), result.errors().toString());
        assertEquals(5_002, result.rows());
        List<Document.Item> rows = documents.get(SYSTEM, d.id()).items("exg");
        assertEquals(5_003, rows.size());
        assertEquals("8", rows.get(1).value("seq"), "blank 序号 follow the highest stored");
        assertEquals("20001", rows.get(5_002).value("seq"), "and the highest read so far");
        assertEquals(result.document().items("exg").size(), rows.size(), "the result is the document as stored");

        Document now = documents.get(SYSTEM, d.id());
        List<List<String>> bad = new ArrayList<>(List.of(List.of("", "3"), List.of("", "x"), List.of("7", "1"),
                List.of("", "5")));
        for (int i = 0; i < 3_000; i++) {
            bad.add(List.of("", "1"));
        }
        var refused = documents.importItems(SYSTEM, now.id(), now.version(), "exg", xlsx(bad),
                java.util.Locale.SIMPLIFIED_CHINESE);
        assertEquals(2, refused.errors().size(), refused.errors().toString());
        assertEquals(3, refused.errors().get(0).row(), "the heading is row 1");
        assertEquals(4, refused.errors().get(1).row(), "序号 7 is stored already");
        assertEquals(5_003, documents.get(SYSTEM, d.id()).items("exg").size(), "nothing written");
        assertEquals(now.version(), documents.get(SYSTEM, d.id()).version());
        // rows that are each fine but break a rule of the whole document (no 成品 above 100): refused as a whole
        assertThrows(ValidationException.class, () -> documents.importItems(SYSTEM, now.id(), now.version(), "exg",
                xlsx(List.of(List.of("", "1"), List.of("", "101"))), java.util.Locale.SIMPLIFIED_CHINESE));
        assertEquals(5_003, documents.get(SYSTEM, d.id()).items("exg").size(), "nothing written");
    }

    @Test
    void anActionRecordsInTheHeaderInItsStatesOnly() {
        Document d = create("6101000001", "A");
        d = documents.perform(SYSTEM, d.id(), d.version(), "finish");
        assertEquals("1", d.value("done"));
        assertEquals(DocumentState.DRAFT, d.state());
        long id = d.id();
        long version = d.version();
        assertThrows(RuleViolation.class, () -> documents.perform(SYSTEM, id, version, "nothing"));
    }

    @Test
    void oneRowRuleGivesTheSameVerdictAtSaveImportAndDeclare() throws Exception {
        Document d = create("6101000001", "A");
        d = documents.saveItem(SYSTEM, d.id(), d.version(), "exg", null, Map.of("qty", "5"));
        long id = d.id();
        long version = d.version();
        java.util.Locale zh = java.util.Locale.SIMPLIFIED_CHINESE;
        // 暂存 of a BOM row naming a 成品 the document does not have
        ValidationException saved = assertThrows(ValidationException.class, () -> documents.saveItem(SYSTEM, id,
                version, "bom", null, Map.of("exg", "9", "img", "7", "ver", "0", "net", "1")));
        String verdict = saved.errors().get(0).message(zh);
        assertEquals("bom.exg", saved.errors().get(0).field());
        // 导入 of the same row
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.tongguan.core.io.Xlsx.write(out, "t", List.of("单证", "单证", "单证", "单证"),
                List.of(List.of("9", "7", "0", "1")));
        var imported = documents.importItems(SYSTEM, id, version, "bom",
                new java.io.ByteArrayInputStream(out.toByteArray()), zh);
        assertEquals(1, imported.errors().size(), imported.errors().toString());
        assertEquals(verdict, imported.errors().get(0).message());
        // 申报 of a document whose stored row has come to break it: its 成品 deleted after the row was saved
        d = documents.saveItem(SYSTEM, id, version, "bom", null, Map.of("exg", "1", "img", "7", "ver", "0",
                "net", "1"));
        d = documents.deleteItems(SYSTEM, id, d.version(), "exg", List.of(d.items("exg").get(0).id()));
        long now = d.version();
        ValidationException declared = assertThrows(ValidationException.class, () -> documents.declare(SYSTEM, id,
                now, "card", new char[0], true));
        assertEquals("bom.exg", declared.errors().get(0).field());
        assertTrue(declared.errors().get(0).message(zh).contains(verdict.replace("9", "1")),
                declared.errors().get(0).message(zh) + " / " + verdict);
    }

    @Test
    void listenersHearOfCommittedEventsOnlyAndAfterTheCommit() {
        List<org.tongguan.core.declaration.DocumentChange> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        ((DocumentServiceImpl) documents).addListener(heard::add);
        Document d = create("6101000001", "A");
        long id = d.id();
        Document saved = documents.saveItem(SYSTEM, id, d.version(), "exg", null, Map.of("qty", "5"));
        assertEquals(1, heard.size());
        assertEquals(org.tongguan.core.declaration.DocumentEvent.EDIT, heard.get(0).event());
        assertEquals(d.etpsPreentNo(), heard.get(0).etpsPreentNo());
        // refused: rolled back, not heard
        assertThrows(ValidationException.class, () -> documents.saveItem(SYSTEM, id, saved.version(), "exg", null,
                Map.of("qty", "101")));
        assertEquals(1, heard.size());
        // inside a caller's transaction: heard only once it commits, and not at all when it is rolled back
        int[] during = {-1};
        org.tongguan.core.persistence.Transactions.write(db.jpa(), "", em -> {
            documents.saveItem(SYSTEM, id, saved.version(), "exg", null, Map.of("qty", "6"));
            during[0] = heard.size();
            return null;
        });
        assertEquals(1, during[0], "not while the transaction is open");
        assertEquals(2, heard.size());
        long version = documents.version(SYSTEM, id);
        assertThrows(RuleViolation.class, () -> org.tongguan.core.persistence.Transactions.write(db.jpa(), "", em -> {
            documents.saveItem(SYSTEM, id, version, "exg", null, Map.of("qty", "7"));
            throw new RuleViolation("document.notFound", id);
        }));
        assertEquals(2, heard.size(), "rolled back: not heard");
        assertEquals(2, documents.get(SYSTEM, id).items("exg").size());
    }

    @Test
    void theChangesOfOneTransactionAreToldTogetherAndARolledBackOneLeavesNothingBehind() {
        List<List<org.tongguan.core.declaration.DocumentChange>> batches =
                new java.util.concurrent.CopyOnWriteArrayList<>();
        ((DocumentServiceImpl) documents).addListener(new org.tongguan.core.declaration.DocumentListener() {
            @Override
            public void changed(org.tongguan.core.declaration.DocumentChange change) {
                throw new AssertionError("told one by one: " + change);
            }

            @Override
            public void changedAll(List<org.tongguan.core.declaration.DocumentChange> changes) {
                batches.add(changes);
            }
        });
        Document d = create("6101000001", "A");
        long id = d.id();
        org.tongguan.core.persistence.Transactions.write(db.jpa(), "", em -> {
            Document one = documents.saveItem(SYSTEM, id, d.version(), "exg", null, Map.of("qty", "5"));
            documents.saveItem(SYSTEM, id, one.version(), "exg", null, Map.of("qty", "6"));
            return null;
        });
        assertEquals(1, batches.size());
        assertEquals(2, batches.get(0).size(), "two saves in one transaction: one call with both");
        long version = documents.version(SYSTEM, id);
        assertThrows(RuleViolation.class, () -> org.tongguan.core.persistence.Transactions.write(db.jpa(), "", em -> {
            documents.saveItem(SYSTEM, id, version, "exg", null, Map.of("qty", "7"));
            throw new RuleViolation("document.notFound", id);
        }));
        assertEquals(1, batches.size(), "rolled back: not told");
        documents.saveItem(SYSTEM, id, version, "exg", null, Map.of("qty", "8"));
        assertEquals(2, batches.size());
        assertEquals(1, batches.get(1).size(), "the rolled-back change is not told with the next transaction's");
    }
}

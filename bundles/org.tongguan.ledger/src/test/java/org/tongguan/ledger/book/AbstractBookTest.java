package org.tongguan.ledger.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongguan.core.AccessDeniedException;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.security.UserContext;
import org.tongguan.core.testing.TestDatabase;
import org.tongguan.core.testing.TestPolicy;
import org.tongguan.ledger.Balance;
import org.tongguan.ledger.Ledger;
import org.tongguan.ledger.LedgerItem;
import org.tongguan.ledger.ListMovements;
import org.tongguan.ledger.Mark;
import org.tongguan.ledger.MovementKind;
import org.tongguan.ledger.Shortfall;
import org.tongguan.ledger.book.stock.StockBook;

/**
 * The shared book base on a real database, through a book that is only its differences: a ledger projected from its
 * document and changed, lists held, approved, released and withdrawn, 进 − 出 and the shortfalls counting the lists
 * not yet decided, the view permission per enterprise.
 */
class AbstractBookTest {
    private static final String NO = "H9000W000001";
    private static final String ENTERPRISE = "6101940123";
    private static final UserContext SYSTEM = UserContext.system("test");
    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    private TestDatabase db;
    private final TestPolicy policy = new TestPolicy();
    private StockBook book;

    @BeforeEach
    void setUp() {
        db = new TestDatabase("org/tongguan/ledger/book/stock/changelog.xml");
        book = new StockBook(db.jpa(), policy);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static Document document(int changeCount, List<Map<String, String>> rows) {
        List<Document.Item> items = rows.stream().map(r -> new Document.Item(0, r)).toList();
        return new Document(7, "stock", ENTERPRISE, "STOCK1", null, DocumentState.APPROVED, 1, changeCount,
                Map.of("bizopEtpsNm", "西安保税物流有限公司", "masterCuscd", "9000"), Map.of("goods", items), List.of(), 0,
                Instant.EPOCH, Instant.EPOCH);
    }

    private static Map<String, String> row(String seq, String mtno, String name) {
        return Map.of("gdsSeqno", seq, "gdsMtno", mtno, "gdecd", "3901100090", "gdsNm", name, "dclUnitcd", "035",
                "dclUprcAmt", "4.50000", "dclCurrcd", "142");
    }

    private static ListMovements list(long id, MovementKind kind, String qty) {
        return new ListMovements(id, "L" + id, NO, kind, DAY, List.of(new ListMovements.Line(1, 1, null,
                new BigDecimal(qty))));
    }

    @Test
    void aLedgerIsWhatItsDocumentSaysAtEachApproval() {
        book.project(document(0, List.of(row("1", "G-PE", "聚乙烯粒子"), row("2", "G-PP", "聚丙烯粒子"))), NO, DAY);
        Ledger l = book.ledger(NO).orElseThrow();
        assertEquals(ENTERPRISE, l.enterpriseCode());
        assertEquals("西安保税物流有限公司", l.enterpriseName());
        assertEquals(DAY, l.approvedOn());
        assertEquals(List.of(NO), book.ledgers(ENTERPRISE).stream().map(Ledger::emsNo).toList());
        LedgerItem pe = book.item(NO, Mark.I, 1).orElseThrow();
        assertEquals("G-PE", pe.mtno());
        assertEquals(0, new BigDecimal("4.5").compareTo(pe.price()));
        assertTrue(book.item(NO, Mark.E, 1).isEmpty(), "a 商品 is a row of mark I only");

        // a 变更: row 2 marked 删除, row 1 renamed, row 3 added
        Map<String, String> deleted = new java.util.HashMap<>(row("2", "G-PP", "聚丙烯粒子"));
        deleted.put("modfMarkcd", "2");
        book.project(document(1, List.of(row("1", "G-PE", "高密度聚乙烯"), deleted, row("3", "G-PS", "聚苯乙烯"))), NO,
                DAY.plusDays(9));
        assertEquals(1, book.ledger(NO).orElseThrow().changeCount());
        assertEquals(DAY.plusDays(9), book.ledger(NO).orElseThrow().approvedOn());
        assertEquals("高密度聚乙烯", book.item(NO, Mark.I, 1).orElseThrow().name());
        assertTrue(book.item(NO, Mark.I, 2).isEmpty());
        assertTrue(book.item(NO, Mark.I, 3).isPresent());
        assertTrue(book.ledger("H9000W000002").isEmpty());
        assertTrue(book.ledgers("6101940999").isEmpty());
    }

    @Test
    void listsMoveTheBalanceAsTheyGoAndHoldWhatTheyDeclare() {
        book.project(document(0, List.of(row("1", "G-PE", "聚乙烯粒子"))), NO, DAY);
        assertFalse(book.used(NO, Mark.I, 1));
        book.declare(list(1, MovementKind.STORE_IN, "800"));
        assertTrue(book.used(NO, Mark.I, 1));
        assertEquals(BigDecimal.ZERO, balance().balance(), "declared, not yet approved: not counted");
        book.approve(1, "QD1");
        book.release(1);
        assertEquals(0, new BigDecimal("800").compareTo(balance().imported()));

        // 500 out declared: not in the balance, but held against the next list
        book.declare(list(2, MovementKind.STORE_OUT, "500"));
        assertEquals(0, new BigDecimal("800").compareTo(balance().balance()));
        List<Shortfall> s = book.shortfalls(list(3, MovementKind.STORE_OUT, "301"));
        assertEquals(1, s.size());
        assertEquals(0, new BigDecimal("300").compareTo(s.get(0).balance()));
        assertEquals(0, BigDecimal.ONE.compareTo(s.get(0).shortfall()));
        assertEquals("G-PE", s.get(0).mtno());
        assertTrue(book.shortfalls(list(3, MovementKind.STORE_OUT, "300")).isEmpty());
        assertTrue(book.shortfalls(list(2, MovementKind.STORE_OUT, "800")).isEmpty(), "a list is checked without itself");
        assertTrue(book.shortfalls(list(3, MovementKind.STORE_IN, "99999")).isEmpty(), "what comes in never falls short");

        // returned before approval: it holds nothing any more
        book.withdraw(2);
        assertTrue(book.shortfalls(list(3, MovementKind.STORE_OUT, "800")).isEmpty());
        // approved lists stay when withdrawn late: only declared rows are freed
        book.declare(list(4, MovementKind.STORE_OUT, "300"));
        book.approve(4, "QD4");
        book.withdraw(4);
        Balance b = balance();
        assertEquals(0, new BigDecimal("300").compareTo(b.exported()));
        assertEquals(0, new BigDecimal("500").compareTo(b.balance()));
    }

    @Test
    void aBookRefusesWhatItDoesNotKeepAndShowsBalancesOnlyToThoseWhoMay() {
        RuleViolation unknown = assertThrows(RuleViolation.class, () -> book.declare(list(1, MovementKind.STORE_IN,
                "1")));
        assertTrue(unknown.getMessage().contains(NO), unknown.getMessage());
        book.project(document(0, List.of(row("1", "G-PE", "聚乙烯粒子"))), NO, DAY);
        UserContext other = UserContext.user(2, "other");
        policy.grant(other, Set.of(StockBook.VIEW), Set.of("6101940999"));
        assertThrows(AccessDeniedException.class, () -> book.balances(other, NO, Mark.I));
        UserContext clerk = UserContext.user(3, "clerk");
        policy.grant(clerk, Set.of(StockBook.VIEW), Set.of(ENTERPRISE));
        assertEquals(1, book.balances(clerk, NO, Mark.I).size());
    }

    private Balance balance() {
        return book.balances(SYSTEM, NO, Mark.I).get(0);
    }
}

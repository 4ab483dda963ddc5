package org.tongguan.ledger.book;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.UserContext;
import org.tongguan.ledger.Balance;
import org.tongguan.ledger.Ledger;
import org.tongguan.ledger.LedgerItem;
import org.tongguan.ledger.ListMovements;
import org.tongguan.ledger.Mark;
import org.tongguan.ledger.MovementBook;
import org.tongguan.ledger.Shortfall;

/**
 * What every ledger book does, on its own tables ({@link BookTables}): the approved ledgers and their rows projected
 * from the ledger's document at each approval; one movement row per list row, held at 申报, 预核扣 at approval, 已核扣
 * at release, gone when the list is withdrawn; and, for a book of goods in and out (a 物流账册, a 区内 ledger), the
 * 余量 {@code 进 − 出} of the approved lists and the check that a list takes no row below zero counting the lists
 * declared and not yet decided. A book that counts otherwise (a 加工贸易账册's 成品折料) overrides
 * {@link #shortfalls} and {@link #balances}; every book says what a 监管方式 does under it ({@link #movement}).
 */
public abstract class AbstractBook<L extends BookLedger, I extends BookItem, M extends BookMove> implements MovementBook {
    /** The states that count in a balance: 预核扣 and 已核扣. */
    protected static final List<String> COUNTED = List.of(BookMove.PRE_DEDUCTED, BookMove.DEDUCTED);
    /** The states that hold a quantity against other lists: also 申报中. */
    protected static final List<String> HELD = List.of(BookMove.DECLARED, BookMove.PRE_DEDUCTED, BookMove.DEDUCTED);

    protected final JpaTemplate jpa;
    protected final AccessPolicy policy;
    protected final BookTables<L, I, M> tables;
    private final Messages messages;
    private final String notFoundKey;
    private final String viewPermission;

    /**
     * @param messages the book's texts, with {@code notFoundKey} (argument: the number) for a ledger that is not there
     * @param viewPermission what a user needs to see a ledger's balances (for its enterprise)
     */
    protected AbstractBook(JpaTemplate jpa, AccessPolicy policy, BookTables<L, I, M> tables, Messages messages,
            String notFoundKey, String viewPermission) {
        this.jpa = jpa;
        this.policy = policy;
        this.tables = tables;
        this.messages = messages;
        this.notFoundKey = notFoundKey;
        this.viewPermission = viewPermission;
    }

    // ------------------------------------------------------------------ ledgers and rows

    @Override
    public Optional<Ledger> ledger(String number) {
        return Transactions.read(jpa, em -> find(em, number).map(BookLedger::ledger));
    }

    @Override
    public List<Ledger> ledgers(String enterpriseCode) {
        return Transactions.read(jpa, em -> em.createQuery("SELECT l FROM " + tables.ledgerName()
                + " l WHERE l.enterpriseCode = :e ORDER BY l.number", tables.ledger()).setParameter("e", enterpriseCode)
                .getResultList().stream().map(BookLedger::ledger).toList());
    }

    @Override
    public Optional<LedgerItem> item(String number, Mark mark, long seqNo) {
        return Transactions.read(jpa, em -> find(em, number).flatMap(l -> em.createQuery("SELECT i FROM "
                + tables.itemName() + " i WHERE i.ledgerId = :l AND i.mark = :m AND i.seqNo = :s", tables.item())
                .setParameter("l", l.id()).setParameter("m", mark).setParameter("s", seqNo).getResultList().stream()
                .findFirst().map(BookItem::item)));
    }

    /** Whether any list row names that row of the ledger (then customs will not let it be deleted). */
    public boolean used(String number, Mark mark, long seqNo) {
        return Transactions.read(jpa, em -> find(em, number).map(l -> !em.createQuery("SELECT m.id FROM "
                + tables.moveName() + " m WHERE m.ledgerId = :l AND m.mark = :m AND m.seqNo = :s")
                .setParameter("l", l.id()).setParameter("m", mark).setParameter("s", seqNo).setMaxResults(1)
                .getResultList().isEmpty()).orElse(false));
    }

    protected Optional<L> find(EntityManager em, String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT l FROM " + tables.ledgerName() + " l WHERE l.number = :n", tables.ledger())
                .setParameter("n", number.strip()).getResultList().stream().findFirst();
    }

    /** The approved ledger, or the book's refusal naming the number. */
    protected L require(EntityManager em, String number) {
        return find(em, number).orElseThrow(() -> new RuleViolation(messages, notFoundKey, String.valueOf(number)));
    }

    /** The ledger's rows of that mark (null: all), by mark and 序号. */
    protected List<LedgerItem> rows(EntityManager em, long ledgerId, Mark mark) {
        var q = em.createQuery("SELECT i FROM " + tables.itemName() + " i WHERE i.ledgerId = :l"
                + (mark == null ? "" : " AND i.mark = :m") + " ORDER BY i.mark, i.seqNo", tables.item())
                .setParameter("l", ledgerId);
        if (mark != null) {
            q.setParameter("m", mark);
        }
        return q.getResultList().stream().map(BookItem::item).toList();
    }

    // ------------------------------------------------------------------ a ledger's approval

    /**
     * Customs approved the ledger's document: the ledger is what it says, its rows (those not marked 2 删除) of the
     * {@link BookTables#tabs} the ledger's, rows gone from the document gone from the ledger.
     */
    public void project(Document doc, String number, LocalDate approvedOn) {
        Transactions.write(jpa, "", em -> {
            L l = find(em, number).orElse(null);
            if (l == null) {
                l = tables.newLedger().get();
                l.number = number;
                l.firstApprovedOn = approvedOn;
                em.persist(l);
            }
            l.enterpriseCode = doc.enterpriseCode();
            l.enterpriseName = doc.value("bizopEtpsNm");
            l.masterCuscd = doc.value("masterCuscd");
            l.changeCount = doc.changeCount();
            l.approvedOn = approvedOn;
            l.documentId = doc.id();
            em.flush();
            Map<String, I> old = new HashMap<>();
            for (I i : em.createQuery("SELECT i FROM " + tables.itemName() + " i WHERE i.ledgerId = :l",
                    tables.item()).setParameter("l", l.id()).getResultList()) {
                old.put(i.mark.code() + i.seqNo, i);
            }
            for (Map.Entry<String, Mark> tab : tables.tabs().entrySet()) {
                for (Document.Item row : doc.items(tab.getKey())) {
                    if (!"2".equals(row.value("modfMarkcd"))) {
                        fill(em, l, old, tab.getValue(), row);
                    }
                }
            }
            old.values().forEach(em::remove);
            projected(em, l, doc);
            em.flush();
            return null;
        });
    }

    private void fill(EntityManager em, L l, Map<String, I> old, Mark mark, Document.Item row) {
        long seq = Long.parseLong(row.value("gdsSeqno"));
        I i = old.remove(mark.code() + seq);
        if (i == null) {
            i = tables.newItem().get();
            i.ledgerId = l.id();
            i.mark = mark;
            i.seqNo = seq;
            em.persist(i);
        }
        i.mtno = row.value("gdsMtno");
        i.gdecd = row.value("gdecd");
        i.name = row.value("gdsNm");
        i.spec = blank(row.value("gdsSpcfModelDesc"));
        i.unit = row.value("dclUnitcd");
        i.lawfUnit = blank(row.value("lawfUnitcd"));
        i.price = decimalOrNull(row.value("dclUprcAmt"));
        i.currency = blank(row.value("dclCurrcd"));
        fill(i, row);
    }

    /** What the book keeps of a row beyond the shared columns (default: nothing). */
    protected void fill(I item, Document.Item row) {
        // the shared columns are all most books keep
    }

    /** After the rows, in the same transaction: what else the book keeps of the document (e.g. a BOM). */
    protected void projected(EntityManager em, L ledger, Document doc) {
        // most books keep only the rows
    }

    // ------------------------------------------------------------------ lists

    @Override
    public void declare(ListMovements list) {
        Transactions.write(jpa, "", em -> {
            L l = require(em, list.emsNo());
            em.createQuery("DELETE FROM " + tables.moveName() + " m WHERE m.listId = :l")
                    .setParameter("l", list.listId()).executeUpdate();
            for (ListMovements.Line line : list.lines()) {
                M m = tables.newMove().get();
                m.ledgerId = l.id();
                m.listId = list.listId();
                m.listNo = list.listNo();
                m.lineNo = line.lineNo();
                m.mark = list.kind().mark();
                m.seqNo = line.seqNo();
                m.verno = verno(em, l.id(), list, line);
                m.kind = list.kind();
                m.qty = line.qty();
                m.deduct = BookMove.DECLARED;
                m.date = list.date();
                em.persist(m);
            }
            return null;
        });
    }

    /** The 单耗版本 a line's movement is counted with (default: none). */
    protected String verno(EntityManager em, long ledgerId, ListMovements list, ListMovements.Line line) {
        return null;
    }

    @Override
    public void approve(long listId, String listNo) {
        Transactions.write(jpa, "", em -> {
            List<M> rows = em.createQuery("SELECT m FROM " + tables.moveName() + " m WHERE m.listId = :l",
                    tables.move()).setParameter("l", listId).getResultList();
            for (M m : rows) {
                m.deduct = BookMove.PRE_DEDUCTED;
                if (listNo != null && !listNo.isBlank()) {
                    m.listNo = listNo;
                }
            }
            em.flush();
            if (!rows.isEmpty()) {
                approved(em, rows);
            }
            return null;
        });
    }

    /** After a list's rows became 预核扣, in the same transaction (default: nothing more). */
    protected void approved(EntityManager em, List<M> rows) {
        // most books only count the rows
    }

    @Override
    public void release(long listId) {
        Transactions.write(jpa, "", em -> em.createQuery("UPDATE " + tables.moveName() + " m SET m.deduct = :d"
                + " WHERE m.listId = :l").setParameter("d", BookMove.DEDUCTED).setParameter("l", listId)
                .executeUpdate());
    }

    @Override
    public void withdraw(long listId) {
        Transactions.write(jpa, "", em -> em.createQuery("DELETE FROM " + tables.moveName() + " m WHERE"
                + " m.listId = :l AND m.deduct = :d").setParameter("l", listId).setParameter("d", BookMove.DECLARED)
                .executeUpdate());
    }

    // ------------------------------------------------------------------ 进 − 出

    /** A row of a ledger. */
    protected record Row(Mark mark, long seqNo) {
    }

    /**
     * Per row: [0] what came in and [1] what went out, by the ledger's movements in those states, without the list
     * {@code except}. One GROUP BY in the database.
     */
    protected Map<Row, BigDecimal[]> inOut(EntityManager em, long ledgerId, List<String> states, long except) {
        Map<Row, BigDecimal[]> out = new HashMap<>();
        List<Object[]> sums = em.createQuery("SELECT m.mark, m.seqNo, m.kind, SUM(m.qty) FROM " + tables.moveName()
                + " m WHERE m.ledgerId = :l AND m.deduct IN :d AND m.listId <> :x GROUP BY m.mark, m.seqNo, m.kind",
                Object[].class).setParameter("l", ledgerId).setParameter("d", states).setParameter("x", except)
                .getResultList();
        for (Object[] r : sums) {
            BigDecimal[] s = out.computeIfAbsent(new Row((Mark) r[0], ((Number) r[1]).longValue()),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            int side = ((org.tongguan.ledger.MovementKind) r[2]).sign() > 0 ? 0 : 1;
            s[side] = s[side].add((BigDecimal) r[3]);
        }
        return out;
    }

    /** A list may not take a row below its 进 − 出, counting the lists declared and not yet decided. */
    @Override
    public List<Shortfall> shortfalls(ListMovements list) {
        if (list.kind().sign() > 0) {
            return List.of();
        }
        return Transactions.read(jpa, em -> {
            Optional<L> l = find(em, list.emsNo());
            if (l.isEmpty()) {
                return List.<Shortfall>of();
            }
            Map<Row, BigDecimal[]> held = inOut(em, l.get().id(), HELD, list.listId());
            Map<Long, BigDecimal> demand = new LinkedHashMap<>();
            list.lines().forEach(line -> demand.merge(line.seqNo(), line.qty(), BigDecimal::add));
            Mark mark = list.kind().mark();
            List<Shortfall> out = new ArrayList<>();
            for (LedgerItem i : rows(em, l.get().id(), mark)) {
                BigDecimal take = demand.get(i.seqNo());
                BigDecimal has = balance(held.get(new Row(mark, i.seqNo())));
                if (take != null && take.compareTo(has) > 0) {
                    out.add(new Shortfall(mark, i.seqNo(), i.mtno(), i.name(), has, take, take.subtract(has)));
                }
            }
            return out;
        });
    }

    /** 进 in {@link Balance#imported}, 出 in {@link Balance#exported}, 余量 {@code 进 − 出}; the other figures zero. */
    @Override
    public List<Balance> balances(UserContext who, String number, Mark mark) {
        return Transactions.read(jpa, em -> {
            L l = require(em, number);
            policy.check(who, viewPermission, l.enterpriseCode);
            Map<Row, BigDecimal[]> counted = inOut(em, l.id(), COUNTED, -1);
            List<Balance> out = new ArrayList<>();
            for (LedgerItem i : rows(em, l.id(), mark)) {
                BigDecimal[] s = counted.getOrDefault(new Row(i.mark(), i.seqNo()),
                        new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                BigDecimal zero = BigDecimal.ZERO;
                out.add(new Balance(i, s[0], s[1], zero, zero, zero, zero, zero, s[0].subtract(s[1])));
            }
            return out;
        });
    }

    private static BigDecimal balance(BigDecimal[] inOut) {
        return inOut == null ? BigDecimal.ZERO : inOut[0].subtract(inOut[1]);
    }

    protected static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    protected static BigDecimal decimalOrNull(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s);
    }
}

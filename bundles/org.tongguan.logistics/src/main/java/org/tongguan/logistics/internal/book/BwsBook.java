package org.tongguan.logistics.internal.book;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.schema.SchemaReady;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.UserContext;
import org.tongguan.ledger.Balance;
import org.tongguan.ledger.Ledger;
import org.tongguan.ledger.LedgerItem;
import org.tongguan.ledger.ListMovements;
import org.tongguan.ledger.Mark;
import org.tongguan.ledger.MovementBook;
import org.tongguan.ledger.MovementKind;
import org.tongguan.ledger.Shortfall;

/**
 * The book of the 物流账册 (numbers {@code T…}) in the ledger registry: the approved ledgers with their 商品 (projected
 * at each approval of the 物流账册 document) and one movement row per 核注清单 row. A list under a 物流账册 moves its
 * 商品 ({@link Mark#I}) in (进, {@link MovementKind#STORE_IN}) or out (出, {@link MovementKind#STORE_OUT}) with a
 * 保税物流 监管方式 ({@link #MODES}); the 余量 is 进 − 出 of the approved lists (预核扣 and 已核扣), and a list may not
 * take a 商品 below zero counting also the lists declared and not yet decided.
 */
@Component(service = {MovementBook.class, BwsBook.class}, property = MovementBook.KINDS + "=T")
public class BwsBook implements MovementBook {
    /** The 监管方式 of goods into and out of a bonded warehouse or logistics centre (the customs code table). */
    public static final Set<String> MODES = Set.of("1200", "1233", "1234", "5033", "5034", "6033");
    /** The area's texts. */
    public static final Messages MESSAGES = new Messages("org.tongguan.logistics.messages",
            BwsBook.class.getClassLoader());
    private static final List<String> COUNTED = List.of(BwsMoveEntity.PRE_DEDUCTED, BwsMoveEntity.DEDUCTED);
    private static final List<String> HELD = List.of(BwsMoveEntity.DECLARED, BwsMoveEntity.PRE_DEDUCTED,
            BwsMoveEntity.DEDUCTED);

    private final JpaTemplate jpa;
    private final AccessPolicy policy;
    private final String viewPermission;

    @Activate
    public BwsBook(@Reference(target = "(osgi.unit.name=tongguan-logistics)") JpaTemplate jpa,
            @Reference AccessPolicy policy,
            @Reference(target = "(schema.bundle=org.tongguan.logistics)") SchemaReady schema) {
        this(jpa, policy);
    }

    /** Outside OSGi (tests); DS tells its constructor by the number of arguments, so this one has fewer. */
    public BwsBook(JpaTemplate jpa, AccessPolicy policy) {
        this.jpa = jpa;
        this.policy = policy;
        this.viewPermission = org.tongguan.logistics.internal.BwsType.PERMISSION + ".view";
    }

    @Override
    public Optional<Ledger> ledger(String bwsNo) {
        return Transactions.read(jpa, em -> find(em, bwsNo).map(l -> new Ledger(l.bwsNo, l.enterpriseCode,
                l.enterpriseName, l.masterCuscd, l.changeCount, l.approvedOn, l.documentId)));
    }

    @Override
    public Optional<LedgerItem> item(String bwsNo, Mark mark, long seqNo) {
        if (mark != Mark.I) {
            return Optional.empty();
        }
        return Transactions.read(jpa, em -> find(em, bwsNo).flatMap(l -> em.createQuery(
                "SELECT i FROM BwsItemEntity i WHERE i.ledgerId = :l AND i.seqNo = :s", BwsItemEntity.class)
                .setParameter("l", l.id).setParameter("s", seqNo).getResultList().stream().findFirst()
                .map(BwsBook::item)));
    }

    /** 进口 of a 商品 is 入仓, 出口 出仓, with a 保税物流 监管方式; a 物流账册 keeps no 成品. */
    @Override
    public Optional<MovementKind> movement(String supvModecd, String impexpMarkcd, Mark mark) {
        if (mark != Mark.I || !MODES.contains(supvModecd)) {
            return Optional.empty();
        }
        return "I".equals(impexpMarkcd) ? Optional.of(MovementKind.STORE_IN)
                : "E".equals(impexpMarkcd) ? Optional.of(MovementKind.STORE_OUT) : Optional.empty();
    }

    @Override
    public List<Shortfall> shortfalls(ListMovements list) {
        if (list.kind().sign() > 0) {
            return List.of();
        }
        return Transactions.read(jpa, em -> {
            Optional<BwsLedgerEntity> l = find(em, list.emsNo());
            if (l.isEmpty()) {
                return List.<Shortfall>of();
            }
            Map<Long, BigDecimal> balance = sums(em, l.get().id, HELD, list.listId());
            Map<Long, BigDecimal> demand = new TreeMap<>();
            list.lines().forEach(line -> demand.merge(line.seqNo(), line.qty(), BigDecimal::add));
            List<Shortfall> out = new ArrayList<>();
            demand.forEach((seq, take) -> {
                BigDecimal has = balance.getOrDefault(seq, BigDecimal.ZERO);
                if (take.compareTo(has) > 0) {
                    Optional<BwsItemEntity> i = itemEntity(em, l.get().id, seq);
                    if (i.isPresent()) {
                        out.add(new Shortfall(Mark.I, seq, i.get().mtno, i.get().name, has, take,
                                take.subtract(has)));
                    }
                }
            });
            return out;
        });
    }

    @Override
    public List<Balance> balances(UserContext who, String bwsNo, Mark mark) {
        return Transactions.read(jpa, em -> {
            BwsLedgerEntity l = find(em, bwsNo).orElseThrow(() -> new RuleViolation(MESSAGES, "bws.notFound",
                    String.valueOf(bwsNo)));
            policy.check(who, viewPermission, l.enterpriseCode);
            if (mark != Mark.I) {
                return List.<Balance>of();
            }
            Map<Long, BigDecimal[]> inOut = new HashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT SEQ_NO, KIND, SUM(QTY) FROM TG_BWS_MOVE"
                    + " WHERE BWS_ID = ?1 AND DEDUCT IN ('1','2') GROUP BY SEQ_NO, KIND").setParameter(1, l.id)
                    .getResultList();
            for (Object[] r : rows) {
                BigDecimal[] s = inOut.computeIfAbsent(((Number) r[0]).longValue(),
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                s[MovementKind.valueOf(((String) r[1]).strip()) == MovementKind.STORE_IN ? 0 : 1] = decimal(r[2]);
            }
            List<Balance> out = new ArrayList<>();
            for (BwsItemEntity i : em.createQuery("SELECT i FROM BwsItemEntity i WHERE i.ledgerId = :l"
                    + " ORDER BY i.seqNo", BwsItemEntity.class).setParameter("l", l.id).getResultList()) {
                BigDecimal[] s = inOut.getOrDefault(i.seqNo, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                out.add(new Balance(item(i), s[0], s[1], BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO, s[0].subtract(s[1])));
            }
            return out;
        });
    }

    @Override
    public void declare(ListMovements list) {
        Transactions.write(jpa, "", em -> {
            BwsLedgerEntity l = find(em, list.emsNo()).orElseThrow(() -> new RuleViolation(MESSAGES,
                    "bws.notFound", list.emsNo()));
            em.createQuery("DELETE FROM BwsMoveEntity m WHERE m.listId = :l").setParameter("l", list.listId())
                    .executeUpdate();
            for (ListMovements.Line line : list.lines()) {
                BwsMoveEntity m = new BwsMoveEntity();
                m.ledgerId = l.id;
                m.listId = list.listId();
                m.listNo = list.listNo();
                m.lineNo = line.lineNo();
                m.seqNo = line.seqNo();
                m.kind = list.kind();
                m.qty = line.qty();
                m.deduct = BwsMoveEntity.DECLARED;
                m.date = list.date();
                em.persist(m);
            }
            return null;
        });
    }

    @Override
    public void approve(long listId, String listNo) {
        Transactions.write(jpa, "", em -> {
            for (BwsMoveEntity m : em.createQuery("SELECT m FROM BwsMoveEntity m WHERE m.listId = :l",
                    BwsMoveEntity.class).setParameter("l", listId).getResultList()) {
                m.deduct = BwsMoveEntity.PRE_DEDUCTED;
                if (listNo != null && !listNo.isBlank()) {
                    m.listNo = listNo;
                }
            }
            return null;
        });
    }

    @Override
    public void release(long listId) {
        Transactions.write(jpa, "", em -> em.createQuery("UPDATE BwsMoveEntity m SET m.deduct = :d"
                + " WHERE m.listId = :l").setParameter("d", BwsMoveEntity.DEDUCTED).setParameter("l", listId)
                .executeUpdate());
    }

    @Override
    public void withdraw(long listId) {
        Transactions.write(jpa, "", em -> em.createQuery("DELETE FROM BwsMoveEntity m WHERE m.listId = :l"
                + " AND m.deduct = :d").setParameter("l", listId).setParameter("d", BwsMoveEntity.DECLARED)
                .executeUpdate());
    }

    /**
     * Customs approved the 物流账册 document: its 商品 rows (those not marked 删除) become the ledger's.
     *
     * @param items the tab of the document's 商品
     */
    public void project(Document doc, String items, LocalDate approvedOn) {
        String bwsNo = doc.value("bwsNo");
        Transactions.write(jpa, "", em -> {
            BwsLedgerEntity l = find(em, bwsNo).orElse(null);
            if (l == null) {
                l = new BwsLedgerEntity();
                l.bwsNo = bwsNo;
                em.persist(l);
            }
            l.enterpriseCode = doc.enterpriseCode();
            l.enterpriseName = doc.value("bizopEtpsNm");
            l.masterCuscd = doc.value("masterCuscd");
            l.changeCount = doc.changeCount();
            l.approvedOn = approvedOn;
            l.documentId = doc.id();
            em.flush();
            Map<Long, BwsItemEntity> old = new HashMap<>();
            for (BwsItemEntity i : em.createQuery("SELECT i FROM BwsItemEntity i WHERE i.ledgerId = :l",
                    BwsItemEntity.class).setParameter("l", l.id).getResultList()) {
                old.put(i.seqNo, i);
            }
            for (Document.Item row : doc.items(items)) {
                if ("2".equals(row.value("modfMarkcd"))) {
                    continue;
                }
                long seq = Long.parseLong(row.value("gdsSeqno"));
                BwsItemEntity i = old.remove(seq);
                if (i == null) {
                    i = new BwsItemEntity();
                    i.ledgerId = l.id;
                    i.seqNo = seq;
                    em.persist(i);
                }
                i.mtno = row.value("gdsMtno");
                i.gdecd = row.value("gdecd");
                i.name = row.value("gdsNm");
                i.spec = blank(row.value("gdsSpcfModelDesc"));
                i.unit = row.value("dclUnitcd");
                i.lawfUnit = blank(row.value("lawfUnitcd"));
                i.price = row.value("dclUprcAmt").isBlank() ? null : new BigDecimal(row.value("dclUprcAmt"));
                i.currency = blank(row.value("dclCurrcd"));
            }
            old.values().forEach(em::remove);
            em.flush();
            return null;
        });
    }

    /** Whether any list row names that 商品 of the ledger (then it cannot be deleted). */
    public boolean used(String bwsNo, long seqNo) {
        return Transactions.read(jpa, em -> find(em, bwsNo).map(l -> !em.createQuery(
                "SELECT m.id FROM BwsMoveEntity m WHERE m.ledgerId = :l AND m.seqNo = :s").setParameter("l", l.id)
                .setParameter("s", seqNo).setMaxResults(1).getResultList().isEmpty()).orElse(false));
    }

    /** Per 商品: 进 − 出 of the ledger's movements in those states, without the list {@code except}. */
    private static Map<Long, BigDecimal> sums(EntityManager em, long ledgerId, List<String> states, long except) {
        Map<Long, BigDecimal> out = new HashMap<>();
        for (BwsMoveEntity m : em.createQuery("SELECT m FROM BwsMoveEntity m WHERE m.ledgerId = :l"
                + " AND m.deduct IN :d AND m.listId <> :x", BwsMoveEntity.class).setParameter("l", ledgerId)
                .setParameter("d", states).setParameter("x", except).getResultList()) {
            out.merge(m.seqNo, m.kind.sign() > 0 ? m.qty : m.qty.negate(), BigDecimal::add);
        }
        return out;
    }

    private static Optional<BwsLedgerEntity> find(EntityManager em, String bwsNo) {
        if (bwsNo == null || bwsNo.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT l FROM BwsLedgerEntity l WHERE l.bwsNo = :n", BwsLedgerEntity.class)
                .setParameter("n", bwsNo.strip()).getResultList().stream().findFirst();
    }

    private static Optional<BwsItemEntity> itemEntity(EntityManager em, long ledgerId, long seqNo) {
        return em.createQuery("SELECT i FROM BwsItemEntity i WHERE i.ledgerId = :l AND i.seqNo = :s",
                BwsItemEntity.class).setParameter("l", ledgerId).setParameter("s", seqNo).getResultList().stream()
                .findFirst();
    }

    private static LedgerItem item(BwsItemEntity i) {
        return new LedgerItem(Mark.I, i.seqNo, i.mtno, i.gdecd, i.name, i.spec, i.unit, i.lawfUnit, i.price,
                i.currency, null, null, null);
    }

    private static BigDecimal decimal(Object o) {
        return o == null ? BigDecimal.ZERO : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

package org.tongguan.stock.internal.book;

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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.Messages;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.schema.SchemaReady;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.UserContext;
import org.tongguan.ledger.Balance;
import org.tongguan.ledger.LedgerItem;
import org.tongguan.ledger.ListMovements;
import org.tongguan.ledger.Mark;
import org.tongguan.ledger.MovementBook;
import org.tongguan.ledger.MovementKind;
import org.tongguan.ledger.Shortfall;
import org.tongguan.ledger.book.AbstractBook;
import org.tongguan.ledger.book.BookTables;

/**
 * The approved 业务申报表 (numbers {@code S…}, as customs assigns them) as a book of the ledger registry, on the shared
 * book base: each approval projects the form's rows (every row is a {@link Mark#I} row of the book, by its 申报序号,
 * whatever its 料件成品标志), and each 出入库单 row under it is a movement that takes from its row: held at 申报,
 * counted at approval, freed when returned or not sent. A 申报表's row starts from its 申报数量, and no 出入库单 may
 * take it below zero, counting the 出入库单 declared and not yet decided (DOMAIN-AREAS.md §1.3: 申报数量超过申请表申报的数量).
 * No 监管方式 moves a 申报表: a 核注清单 cannot name one as its 备案编号.
 */
@Component(service = {MovementBook.class, DclBook.class}, property = MovementBook.KINDS + "=S")
public class DclBook extends AbstractBook<DclLedgerEntity, DclItemEntity, DclMoveEntity> {
    /** The area's texts. */
    public static final Messages MESSAGES = new Messages("org.tongguan.stock.messages", DclBook.class.getClassLoader());
    /** The rows tab of the 业务申报表 document. */
    public static final String ITEMS = "items";
    /** Who sees a 申报表's quantities: who sees its documents. */
    static final String VIEW = "stock.dcl.view";
    private static final BookTables<DclLedgerEntity, DclItemEntity, DclMoveEntity> TABLES = new BookTables<>(
            DclLedgerEntity.class, DclLedgerEntity::new, DclItemEntity.class, DclItemEntity::new,
            DclMoveEntity.class, DclMoveEntity::new, Map.of(ITEMS, Mark.I));

    /**
     * What an approved 申报表 gives the 出入库单 under it.
     *
     * @param enterpriseCode the 区内企业 (the 出入库单's enterprise too)
     */
    public record Form(String sasDclNo, String enterpriseCode, String enterpriseName, String enterpriseSccd,
            String masterCuscd, String businessTypecd, String directionTypecd, String areainOriactNo, String dclEr,
            LocalDate validTime) {
    }

    /**
     * A row of an approved 申报表 with what is left of it.
     *
     * @param remaining its 申报数量 less what the 出入库单 take (approved ones and those declared and not yet decided)
     */
    public record Row(LedgerItem item, Long oriactGdsSeqno, String secdLawfUnit, BigDecimal remaining) {
    }

    @Activate
    public DclBook(@Reference(target = "(osgi.unit.name=tongguan-stock)") JpaTemplate jpa,
            @Reference AccessPolicy policy,
            @Reference(target = "(schema.bundle=org.tongguan.stock)") SchemaReady schema) {
        this(jpa, policy);
    }

    /** Outside OSGi (tests); DS tells its constructor by the number of arguments, so this one has fewer. */
    public DclBook(JpaTemplate jpa, AccessPolicy policy) {
        super(jpa, policy, TABLES, MESSAGES, "sas.notFound", VIEW);
    }

    /** No 监管方式 moves a 业务申报表: only 出入库单 take from it. */
    @Override
    public Optional<MovementKind> movement(String supvModecd, String impexpMarkcd, Mark mark) {
        return Optional.empty();
    }

    /** The approved 申报表 of that number. */
    public Optional<Form> form(String sasDclNo) {
        return Transactions.read(jpa, em -> find(em, sasDclNo).map(l -> new Form(l.number, l.enterpriseCode,
                l.enterpriseName, l.enterpriseSccd, l.masterCuscd, l.businessTypecd, l.directionTypecd,
                l.areainOriactNo, l.dclEr, l.validTime)));
    }

    /** A row of an approved 申报表 and what is left of it, without what the document {@code except} takes. */
    public Optional<Row> row(String sasDclNo, long seqNo, long except) {
        return Transactions.read(jpa, em -> find(em, sasDclNo).flatMap(l -> em.createQuery("SELECT i FROM "
                + "DclItemEntity i WHERE i.ledgerId = :l AND i.seqNo = :s", DclItemEntity.class)
                .setParameter("l", l.id()).setParameter("s", seqNo).getResultList().stream().findFirst()
                .map(i -> new Row(i.item(), i.oriactGdsSeqno, i.secdLawfUnit, i.qty.subtract(
                        taken(em, l.id(), HELD, except).getOrDefault(seqNo, BigDecimal.ZERO))))));
    }

    /** Per 申报序号: what the 出入库单 in those states take, without the document {@code except}. */
    private Map<Long, BigDecimal> taken(EntityManager em, long ledgerId, List<String> states, long except) {
        Map<Long, BigDecimal> out = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT m.seqNo, SUM(m.qty) FROM DclMoveEntity m WHERE m.ledgerId = :l"
                + " AND m.deduct IN :d AND m.listId <> :x GROUP BY m.seqNo", Object[].class)
                .setParameter("l", ledgerId).setParameter("d", states).setParameter("x", except).getResultList()) {
            out.put(((Number) r[0]).longValue(), (BigDecimal) r[1]);
        }
        return out;
    }

    /** Each row the 出入库单 would take beyond what is left of it (申报数量 less the other 出入库单 held). */
    @Override
    public List<Shortfall> shortfalls(ListMovements list) {
        return Transactions.read(jpa, em -> {
            Optional<DclLedgerEntity> l = find(em, list.emsNo());
            if (l.isEmpty()) {
                return List.<Shortfall>of();
            }
            Map<Long, BigDecimal> held = taken(em, l.get().id(), HELD, list.listId());
            Map<Long, BigDecimal> demand = new LinkedHashMap<>();
            list.lines().forEach(line -> demand.merge(line.seqNo(), line.qty(), BigDecimal::add));
            List<Shortfall> out = new ArrayList<>();
            for (LedgerItem i : rows(em, l.get().id(), Mark.I)) {
                BigDecimal take = demand.get(i.seqNo());
                BigDecimal has = i.declaredQty().subtract(held.getOrDefault(i.seqNo(), BigDecimal.ZERO));
                if (take != null && take.compareTo(has) > 0) {
                    out.add(new Shortfall(Mark.I, i.seqNo(), i.mtno(), i.name(), has, take, take.subtract(has)));
                }
            }
            return out;
        });
    }

    /** Per row: its 申报数量 ({@link Balance#imported}), what approved 出入库单 took ({@link Balance#exported}), the rest. */
    @Override
    public List<Balance> balances(UserContext who, String number, Mark mark) {
        return Transactions.read(jpa, em -> {
            DclLedgerEntity l = require(em, number);
            policy.check(who, VIEW, l.enterpriseCode);
            Map<Long, BigDecimal> counted = taken(em, l.id(), COUNTED, -1);
            BigDecimal zero = BigDecimal.ZERO;
            return rows(em, l.id(), Mark.I).stream().map(i -> {
                BigDecimal used = counted.getOrDefault(i.seqNo(), zero);
                return new Balance(i, i.declaredQty(), used, zero, zero, zero, zero, zero,
                        i.declaredQty().subtract(used));
            }).toList();
        });
    }

    /** What the 出入库单 hold of each row of the 申报表 (declared, approved), for a 变更 that would cut below it. */
    public Map<Long, BigDecimal> held(String sasDclNo) {
        return Transactions.read(jpa, em -> find(em, sasDclNo).map(l -> taken(em, l.id(), HELD, -1))
                .orElse(Map.of()));
    }

    @Override
    protected void fill(DclItemEntity item, Document.Item row) {
        item.qty = new BigDecimal(row.value("dclQty"));
        String ori = row.value("oriactGdsSeqno");
        item.oriactGdsSeqno = ori.isEmpty() ? null : Long.valueOf(ori);
        item.secdLawfUnit = blank(row.value("secdLawfUnitcd"));
    }

    @Override
    protected void projected(EntityManager em, DclLedgerEntity l, Document doc) {
        l.enterpriseName = blank(doc.value("areainEtpsNm"));
        l.enterpriseSccd = blank(doc.value("areainEtpsSccd"));
        l.businessTypecd = doc.value("businessTypecd");
        l.directionTypecd = blank(doc.value("directionTypecd"));
        l.areainOriactNo = blank(doc.value("areainOriactNo"));
        l.dclEr = blank(doc.value("dclEr"));
        String valid = doc.value("validTime");
        l.validTime = valid.isEmpty() ? null : LocalDate.parse(valid, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
    }
}

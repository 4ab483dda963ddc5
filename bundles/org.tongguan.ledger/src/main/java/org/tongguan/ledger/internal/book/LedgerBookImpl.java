package org.tongguan.ledger.internal.book;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.notice.Notice;
import org.tongguan.core.notice.NoticeService;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.schema.SchemaReady;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.GrantSource;
import org.tongguan.core.security.Role;
import org.tongguan.core.security.UserContext;
import org.tongguan.ledger.Balance;
import org.tongguan.ledger.BalancePage;
import org.tongguan.ledger.Ledger;
import org.tongguan.ledger.LedgerBook;
import org.tongguan.ledger.LedgerItem;
import org.tongguan.ledger.LedgerMenus;
import org.tongguan.ledger.LedgerTexts;
import org.tongguan.ledger.ListMovements;
import org.tongguan.ledger.Mark;
import org.tongguan.ledger.MovementBook;
import org.tongguan.ledger.MovementKind;
import org.tongguan.ledger.Shortfall;
import org.tongguan.ledger.Source;
import org.tongguan.ledger.Verification;
import org.tongguan.ledger.book.AbstractBook;
import org.tongguan.ledger.book.BookTables;

/**
 * The approved ledgers in the area's tables: rows and BOM projected from each approved 加工贸易账册, one movement row
 * per list row, the 报核 periods. Sums are made by the database (one GROUP BY over the ledger's movements), the
 * arithmetic by {@link LedgerMath}; the 报核's BOM is applied where the database suits ({@link Aggregation}).
 */
@Component(service = {LedgerBook.class, MovementBook.class, LedgerStore.class, GrantSource.class},
        property = MovementBook.KINDS + "=E")
public class LedgerBookImpl extends AbstractBook<LedgerEntity, LedgerItemEntity, MovementEntity>
        implements LedgerBook, LedgerStore, GrantSource {
    /** See and export balances. */
    public static final String BALANCE_VIEW = "ledger.balance.view";
    /** Set 预警值. */
    public static final String BALANCE_EDIT = "ledger.balance.edit";
    /** The 料件 and 成品 tabs of the 加工贸易账册 document, and its BOM tab. */
    public static final String MTPCK = "mtpck";
    public static final String ENDPRD = "endprd";
    public static final String BOM = "ucns";
    private static final String COUNTED_IN = "('1','2')";
    private static final BookTables<LedgerEntity, LedgerItemEntity, MovementEntity> TABLES = new BookTables<>(
            LedgerEntity.class, LedgerEntity::new, LedgerItemEntity.class, LedgerItemEntity::new,
            MovementEntity.class, MovementEntity::new, Map.of(MTPCK, Mark.I, ENDPRD, Mark.E));

    private final NoticeService notices;
    /** How the 报核 gets its sums on this database. */
    private final Aggregation aggregation;
    private final Clock clock;

    @Activate
    public LedgerBookImpl(@Reference(target = "(osgi.unit.name=tongguan-ledger)") JpaTemplate jpa,
            @Reference AccessPolicy policy, @Reference NoticeService notices,
            @Reference(target = "(schema.bundle=org.tongguan.ledger)") SchemaReady schema,
            @Reference(target = "(osgi.jndi.service.name=tongguan)") DataSource dataSource) throws SQLException {
        this(jpa, policy, notices, Aggregation.of(productName(dataSource)));
    }

    /** Outside OSGi (tests): on the test's Derby; DS tells its constructor by the number of arguments. */
    public LedgerBookImpl(JpaTemplate jpa, AccessPolicy policy, NoticeService notices) {
        this(jpa, policy, notices, Aggregation.BOM_IN_JAVA);
    }

    LedgerBookImpl(JpaTemplate jpa, AccessPolicy policy, NoticeService notices, Aggregation aggregation) {
        super(jpa, policy, TABLES, LedgerTexts.MESSAGES, "ledger.notFound", BALANCE_VIEW);
        this.notices = notices;
        this.aggregation = aggregation;
        this.clock = Clock.systemUTC();
    }

    /** The database the ledger's tables are in ("Apache Derby", "PostgreSQL"). */
    private static String productName(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        }
    }

    /** 加工贸易账册 › 数据查询 › 账册余量: 料件 and 成品, every figure, 预警值. */
    @Override
    public Optional<BalancePage> balancePage() {
        return Optional.of(new BalancePage("ledger/balance", LedgerMenus.LEDGER_QUERY, 30, "balance.title",
                LedgerTexts.MESSAGES, BALANCE_VIEW, List.of(Mark.I, Mark.E), List.of(BalancePage.Column.values()))
                .withWarnings(BALANCE_EDIT, this::setWarning));
    }

    /** 关务人员 see the balances and set 预警值, 业务人员 see them. */
    @Override
    public Map<String, Set<String>> defaultGrants() {
        return Map.of(Role.CLERK, Set.of(BALANCE_VIEW, BALANCE_EDIT), Role.BUSINESS, Set.of(BALANCE_VIEW));
    }

    // ------------------------------------------------------------------ ledgers and rows

    @Override
    public List<String> bomVersions(String emsNo, long endprdSeqNo) {
        return Transactions.read(jpa, em -> find(em, emsNo).map(l -> em.createQuery(
                "SELECT DISTINCT b.verno FROM BomEntity b WHERE b.ledgerId = :l AND b.endprdSeqNo = :e", String.class)
                .setParameter("l", l.id).setParameter("e", endprdSeqNo).getResultList().stream().sorted().toList())
                .orElse(List.of()));
    }

    // ------------------------------------------------------------------ sums

    /** The ledger's BOM: per 成品 and 单耗版本 its rows. */
    static Map<LedgerMath.Product, List<LedgerMath.BomRow>> bom(EntityManager em, long ledgerId) {
        Map<LedgerMath.Product, List<LedgerMath.BomRow>> bom = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT ENDPRD_SEQ, VERNO, MTPCK_SEQ, UCNS, BOND_RATIO"
                + " FROM TG_LEDGER_BOM WHERE LEDGER_ID = ?1").setParameter(1, ledgerId).getResultList();
        for (Object[] r : rows) {
            bom.computeIfAbsent(new LedgerMath.Product(number(r[0]), (String) r[1]), k -> new ArrayList<>())
                    .add(new LedgerMath.BomRow(number(r[2]), decimal(r[3]), decimal(r[4])));
        }
        return bom;
    }

    /**
     * Sums of the ledger's movements per row, kind and 单耗版本, in one pass over the ledger's movements: those counted
     * ({@code deducts}), after the day {@code after} (null: from the start) and up to {@code to} (null: open), without
     * the list {@code except} (null: none); split at {@code from} into [0] the days before it and [1] the days from it
     * (from null: all in [1]).
     */
    static LedgerMath.Sums[] sums(EntityManager em, long ledgerId, String deducts, LocalDate after, LocalDate from,
            LocalDate to, Long except) {
        LedgerMath.Sums[] sums = {new LedgerMath.Sums(), new LedgerMath.Sums()};
        for (Object[] r : run(em, sumsSql(deducts, after, to, except), ledgerId, after, from, to, except)) {
            add(sums[0], sums[1], r);
        }
        return sums;
    }

    /**
     * The statement of {@link #sums(EntityManager, long, String, LocalDate, LocalDate, LocalDate, Long)}: MARK, SEQ_NO,
     * KIND, VERNO, the sum before the split day (?2) and the sum from it; ?1 the ledger, ?3 after, ?4 to, ?5 except.
     */
    static String sumsSql(String deducts, LocalDate after, LocalDate to, Long except) {
        StringBuilder sql = new StringBuilder("SELECT MARK, SEQ_NO, KIND, VERNO,"
                + " SUM(CASE WHEN MOVE_DATE < ?2 THEN QTY ELSE 0 END), SUM(CASE WHEN MOVE_DATE < ?2 THEN 0 ELSE QTY END)"
                + " FROM TG_LEDGER_MOVE WHERE LEDGER_ID = ?1 AND DEDUCT IN ").append(deducts);
        if (after != null) {
            sql.append(" AND MOVE_DATE > ?3");
        }
        if (to != null) {
            sql.append(" AND MOVE_DATE <= ?4");
        }
        if (except != null) {
            sql.append(" AND LIST_ID <> ?5");
        }
        return sql.append(" GROUP BY MARK, SEQ_NO, KIND, VERNO").toString();
    }

    /** Runs a statement made with {@link #sumsSql} (or around it) with its parameters. */
    static List<Object[]> run(EntityManager em, String sql, long ledgerId, LocalDate after, LocalDate from,
            LocalDate to, Long except) {
        LocalDate split = from == null ? LocalDate.of(1, 1, 1) : from;
        var q = em.createNativeQuery(sql).setParameter(1, ledgerId).setParameter(2, Date.valueOf(split));
        if (after != null) {
            q.setParameter(3, Date.valueOf(after));
        }
        if (to != null) {
            q.setParameter(4, Date.valueOf(to));
        }
        if (except != null) {
            q.setParameter(5, except);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows;
    }

    /** Adds a row of {@link #sumsSql} to the sums before and from the split day. */
    static void add(LedgerMath.Sums before, LedgerMath.Sums during, Object[] r) {
        Mark mark = Mark.valueOf(((String) r[0]).strip());
        long seq = number(r[1]);
        MovementKind kind = MovementKind.valueOf((String) r[2]);
        LedgerMath.Sums[] sums = {before, during};
        for (int i = 0; i < 2; i++) {
            BigDecimal qty = decimal(r[4 + i]);
            if (qty.signum() != 0) {
                sums[i].add(mark, seq, kind, (String) r[3], qty);
            }
        }
    }

    /** Sums of every counted movement of the ledger (see {@link #sums(EntityManager, long, String, LocalDate,
     * LocalDate, LocalDate, Long)}). */
    static LedgerMath.Sums sums(EntityManager em, long ledgerId, String deducts, Long except) {
        return sums(em, ledgerId, deducts, null, null, null, except)[1];
    }

    static long number(Object o) {
        return ((Number) o).longValue();
    }

    static BigDecimal decimal(Object o) {
        return o == null ? BigDecimal.ZERO : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    // ------------------------------------------------------------------ lists

    @Override
    public List<Shortfall> shortfalls(ListMovements list) {
        return Transactions.read(jpa, em -> {
            LedgerEntity l = require(em, list.emsNo());
            MovementKind kind = list.kind();
            // the list's demand per row it takes from: directly, or for 成品 exports also their material
            Map<LedgerMath.Key, BigDecimal> demand = new LinkedHashMap<>();
            Map<LedgerMath.Product, List<LedgerMath.BomRow>> bom = null;
            for (ListMovements.Line line : list.lines()) {
                if (kind.sign() < 0) {
                    demand.merge(new LedgerMath.Key(kind.mark(), line.seqNo()), line.qty(), BigDecimal::add);
                }
                if (kind == MovementKind.EXPORT) {
                    bom = bom == null ? bom(em, l.id) : bom;
                    for (LedgerMath.BomRow r : bom.getOrDefault(new LedgerMath.Product(line.seqNo(),
                            verno(em, l.id, line)), List.of())) {
                        demand.merge(new LedgerMath.Key(Mark.I, r.mtpck()), r.material(line.qty()), BigDecimal::add);
                    }
                }
            }
            if (demand.isEmpty()) {
                return List.of();
            }
            LedgerMath.Sums sums = sums(em, l.id, "('0','1','2')", list.listId());
            Map<LedgerMath.Key, LedgerItem> rows = new HashMap<>();
            for (LedgerItem i : rows(em, l.id, null)) {
                rows.put(new LedgerMath.Key(i.mark(), i.seqNo()), i);
            }
            Map<Long, BigDecimal> used = sums.consumption(bom == null ? bom(em, l.id) : bom);
            List<Shortfall> out = new ArrayList<>();
            demand.forEach((key, take) -> {
                LedgerItem item = rows.get(key);
                if (item == null) {
                    return;
                }
                BigDecimal balance = LedgerMath.balance(item, sums, key.mark() == Mark.I ? used.get(key.seqNo())
                        : null).balance();
                BigDecimal rounded = LedgerMath.qty(take);
                if (rounded.compareTo(balance) > 0) {
                    out.add(new Shortfall(key.mark(), key.seqNo(), item.mtno(), item.name(), balance, rounded,
                            rounded.subtract(balance)));
                }
            });
            return out;
        });
    }

    /** The 单耗版本 an export line counts with: its own, or the 成品's only one (null when it has none or several). */
    private static String verno(EntityManager em, long ledgerId, ListMovements.Line line) {
        if (line.ucnsVerno() != null && !line.ucnsVerno().isBlank()) {
            return line.ucnsVerno().strip();
        }
        List<String> versions = em.createQuery("SELECT DISTINCT b.verno FROM BomEntity b WHERE b.ledgerId = :l"
                + " AND b.endprdSeqNo = :e", String.class).setParameter("l", ledgerId)
                .setParameter("e", line.seqNo()).getResultList();
        return versions.size() == 1 ? versions.get(0) : null;
    }

    /** An export of a 成品 counts its material with its 单耗版本. */
    @Override
    protected String verno(EntityManager em, long ledgerId, ListMovements list, ListMovements.Line line) {
        return list.kind() == MovementKind.EXPORT ? verno(em, ledgerId, line) : null;
    }

    /** A 预警 for each 料件 the list took under its 预警值 (it was at or above it before). */
    @Override
    protected void approved(EntityManager em, List<MovementEntity> rows) {
        long ledgerId = rows.get(0).ledgerId;
        LedgerEntity l = em.find(LedgerEntity.class, ledgerId);
        List<LedgerItem> watched = em.createQuery("SELECT i FROM LedgerItemEntity i WHERE i.ledgerId = :l"
                + " AND i.mark = :m AND i.warnQty IS NOT NULL", LedgerItemEntity.class).setParameter("l", ledgerId)
                .setParameter("m", Mark.I)
                .getResultList().stream().map(LedgerItemEntity::item).toList();
        if (watched.isEmpty() || rows.get(0).kind.sign() > 0) {
            return;
        }
        Map<LedgerMath.Product, List<LedgerMath.BomRow>> bom = bom(em, ledgerId);
        LedgerMath.Sums all = sums(em, ledgerId, COUNTED_IN, null);
        LedgerMath.Sums before = sums(em, ledgerId, COUNTED_IN, rows.get(0).listId);
        Map<Long, BigDecimal> usedNow = all.consumption(bom);
        Map<Long, BigDecimal> usedBefore = before.consumption(bom);
        for (LedgerItem i : watched) {
            BigDecimal now = LedgerMath.balance(i, all, usedNow.get(i.seqNo())).balance();
            BigDecimal was = LedgerMath.balance(i, before, usedBefore.get(i.seqNo())).balance();
            if (now.compareTo(i.warnQty()) < 0 && was.compareTo(i.warnQty()) >= 0) {
                warn(l, i, now, rows.get(0).listNo);
            }
        }
    }

    private void warn(LedgerEntity l, LedgerItem i, BigDecimal balance, String listNo) {
        Messages m = LedgerTexts.MESSAGES;
        notices.publish(l.enterpriseCode, Notice.Kind.WARNING, "ledger:" + l.number,
                Messages.Of.of(m, "notice.balanceLow.title", l.number, Long.toString(i.seqNo()), i.mtno(), nz(i.name())),
                Messages.Of.of(m, listNo == null ? "notice.balanceLow.text" : "notice.balanceLow.textOfList",
                        balance.toPlainString(), i.warnQty().toPlainString(), nz(listNo)));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ------------------------------------------------------------------ balances

    @Override
    public List<Balance> balances(UserContext who, String emsNo, Mark mark) {
        return Transactions.read(jpa, em -> {
            LedgerEntity l = require(em, emsNo);
            policy.check(who, BALANCE_VIEW, l.enterpriseCode);
            return LedgerMath.balances(rows(em, l.id, mark), sums(em, l.id, COUNTED_IN, null), bom(em, l.id));
        });
    }

    @Override
    public void setWarning(UserContext who, String emsNo, Mark mark, Collection<Long> seqNos, BigDecimal warnQty) {
        if (warnQty != null && warnQty.signum() < 0) {
            throw new RuleViolation(LedgerTexts.MESSAGES, "ledger.warn.negative");
        }
        Transactions.write(jpa, "", em -> {
            LedgerEntity l = require(em, emsNo);
            policy.check(who, BALANCE_EDIT, l.enterpriseCode);
            Set<Long> wanted = new HashSet<>(seqNos);
            List<LedgerItemEntity> rows = em.createQuery("SELECT i FROM LedgerItemEntity i WHERE i.ledgerId = :l"
                    + " AND i.mark = :m", LedgerItemEntity.class).setParameter("l", l.id)
                    .setParameter("m", mark).getResultList();
            List<LedgerItem> set = new ArrayList<>();
            for (LedgerItemEntity i : rows) {
                if (wanted.remove(i.seqNo)) {
                    i.warnQty = warnQty == null ? null : LedgerMath.qty(warnQty);
                    set.add(i.item());
                }
            }
            if (!wanted.isEmpty()) {
                throw new RuleViolation(LedgerTexts.MESSAGES, "ledger.item.notFound", emsNo, mark.code(), wanted.iterator().next());
            }
            em.flush();
            if (warnQty != null && mark == Mark.I) {
                // a 预警值 set above the 余量 warns at once
                List<Balance> now = LedgerMath.balances(set, sums(em, l.id, COUNTED_IN, null), bom(em, l.id));
                for (Balance b : now) {
                    if (b.belowWarning()) {
                        warn(l, b.item(), b.balance(), null);
                    }
                }
            }
            return null;
        });
    }

    // ------------------------------------------------------------------ 报核

    @Override
    public LocalDate nextPeriodStart(String emsNo) {
        return Transactions.read(jpa, em -> {
            LedgerEntity l = require(em, emsNo);
            return lastConfirmed(em, l.id, null).map(c -> c.end.plusDays(1)).orElse(l.firstApprovedOn);
        });
    }

    /** The latest confirmed period of the ledger ending before {@code before} (null: any). */
    private static Optional<ChgoffEntity> lastConfirmed(EntityManager em, long ledgerId, LocalDate before) {
        var q = em.createQuery("SELECT c FROM ChgoffEntity c WHERE c.ledgerId = :l AND c.confirmedAt IS NOT NULL"
                + (before == null ? "" : " AND c.end < :b") + " ORDER BY c.end DESC, c.id DESC", ChgoffEntity.class)
                .setParameter("l", ledgerId);
        if (before != null) {
            q.setParameter("b", before);
        }
        return q.setMaxResults(1).getResultList().stream().findFirst();
    }

    @Override
    public Verification verify(String emsNo, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new RuleViolation(LedgerTexts.MESSAGES, "ledger.period.invalid", String.valueOf(from), String.valueOf(to));
        }
        return Transactions.read(jpa, em -> {
            LedgerEntity l = require(em, emsNo);
            Optional<ChgoffEntity> base = lastConfirmed(em, l.id, from);
            Map<Long, BigDecimal> confirmed = new HashMap<>();
            base.ifPresent(c -> em.createQuery("SELECT i FROM ChgoffItemEntity i WHERE i.chgoffId = :c",
                    ChgoffItemEntity.class).setParameter("c", c.id).getResultList()
                    .forEach(i -> confirmed.put(i.seqNo, i.actualQty)));
            LocalDate after = base.map(c -> c.end).orElse(null);
            Aggregation.Half[] split = aggregation.split(em, l.id, COUNTED_IN, after, from, to);
            LedgerMath.Sums before = split[0].sums();
            LedgerMath.Sums during = split[1].sums();
            Map<Long, BigDecimal> usedBefore = split[0].used();
            Map<Long, BigDecimal> usedDuring = split[1].used();
            List<Verification.Material> materials = new ArrayList<>();
            List<Verification.Product> products = new ArrayList<>();
            for (LedgerItem i : rows(em, l.id, null)) {
                long s = i.seqNo();
                if (i.mark() == Mark.I) {
                    // exact until the end: 期初 + the period's movements is then the same sum as over all of them
                    BigDecimal opening = confirmed.getOrDefault(s, BigDecimal.ZERO)
                            .add(LedgerMath.materialBalance(s, before, usedBefore.get(s)));
                    BigDecimal imported = during.of(Mark.I, s, MovementKind.IMPORT);
                    BigDecimal in = during.of(Mark.I, s, MovementKind.TRANSFER_IN);
                    BigDecimal used = usedDuring.getOrDefault(s, BigDecimal.ZERO);
                    BigDecimal re = during.of(Mark.I, s, MovementKind.REEXPORT);
                    BigDecimal domestic = during.of(Mark.I, s, MovementKind.DOMESTIC);
                    BigDecimal out = during.of(Mark.I, s, MovementKind.TRANSFER_OUT);
                    BigDecimal scrap = during.of(Mark.I, s, MovementKind.SCRAP);
                    BigDecimal expected = opening.add(imported).add(in).subtract(used).subtract(re)
                            .subtract(domestic).subtract(out).subtract(scrap);
                    materials.add(new Verification.Material(i, LedgerMath.qty(opening), LedgerMath.qty(imported),
                            LedgerMath.qty(in), LedgerMath.qty(used), LedgerMath.qty(re), LedgerMath.qty(domestic),
                            LedgerMath.qty(out), LedgerMath.qty(scrap), LedgerMath.qty(expected)));
                } else {
                    products.add(new Verification.Product(i, LedgerMath.qty(during.of(Mark.E, s,
                            MovementKind.EXPORT)), LedgerMath.qty(during.of(Mark.E, s, MovementKind.RETURN_IN)),
                            LedgerMath.qty(during.of(Mark.E, s, MovementKind.RETURN_OUT))));
                }
            }
            return new Verification(l.number, from, to, base.isPresent(), materials, products);
        });
    }

    @Override
    public List<Source> sources(String emsNo, LocalDate from, LocalDate to, long mtpckSeqNo, int limit) {
        return Transactions.read(jpa, em -> {
            LedgerEntity l = require(em, emsNo);
            List<Source> out = new ArrayList<>();
            for (MovementEntity m : em.createQuery("SELECT m FROM MovementEntity m WHERE m.ledgerId = :l"
                    + " AND m.mark = :i AND m.seqNo = :s AND m.deduct IN ('1','2') AND m.date BETWEEN :f AND :t"
                    + " ORDER BY m.date, m.listNo, m.lineNo", MovementEntity.class).setParameter("l", l.id)
                    .setParameter("i", Mark.I).setParameter("s", mtpckSeqNo).setParameter("f", from)
                    .setParameter("t", to).setMaxResults(limit).getResultList()) {
                out.add(new Source(m.listNo, m.date, m.kind, null, null, m.qty, null, null,
                        m.kind.sign() > 0 ? m.qty : m.qty.negate()));
            }
            Map<String, BomEntity> rows = new HashMap<>();
            for (BomEntity b : em.createQuery("SELECT b FROM BomEntity b WHERE b.ledgerId = :l AND b.mtpckSeqNo = :s",
                    BomEntity.class).setParameter("l", l.id).setParameter("s", mtpckSeqNo).getResultList()) {
                rows.put(b.endprdSeqNo + "/" + b.verno, b);
            }
            if (!rows.isEmpty() && out.size() < limit) {
                Set<Long> products = rows.values().stream().map(b -> b.endprdSeqNo)
                        .collect(Collectors.toCollection(TreeSet::new));
                for (MovementEntity m : em.createQuery("SELECT m FROM MovementEntity m WHERE m.ledgerId = :l"
                        + " AND m.kind = :k AND m.seqNo IN :p AND m.deduct IN ('1','2') AND m.date BETWEEN :f AND :t"
                        + " ORDER BY m.date, m.listNo, m.lineNo", MovementEntity.class).setParameter("l", l.id)
                        .setParameter("k", MovementKind.EXPORT).setParameter("p", products).setParameter("f", from)
                        .setParameter("t", to).setMaxResults(limit - out.size()).getResultList()) {
                    BomEntity b = rows.get(m.seqNo + "/" + m.verno);
                    if (b != null) {
                        BigDecimal material = new LedgerMath.BomRow(b.mtpckSeqNo, b.ucns, b.bondRatio)
                                .material(m.qty);
                        out.add(new Source(m.listNo, m.date, m.kind, m.seqNo, m.verno, m.qty, b.ucns, b.bondRatio,
                                LedgerMath.qty(material).negate()));
                    }
                }
            }
            out.sort(java.util.Comparator.comparing(Source::date).thenComparing(Source::listNo));
            return out;
        });
    }

    // ------------------------------------------------------------------ LedgerStore

    /** A 加工贸易账册 keeps each row's 备案数量 and 批准最大余数量; its 规格型号 is the message's endprdGdsSpcfModelDesc. */
    @Override
    protected void fill(LedgerItemEntity i, Document.Item row) {
        i.spec = blank(row.value("endprdGdsSpcfModelDesc"));
        i.declaredQty = decimalOrNull(row.value("dclQty"));
        i.maxSurplusQty = decimalOrNull(row.value("apprMaxSurpQty"));
    }

    /** And its BOM, as approved. */
    @Override
    protected void projected(EntityManager em, LedgerEntity l, Document doc) {
        em.createQuery("DELETE FROM BomEntity b WHERE b.ledgerId = :l").setParameter("l", l.id).executeUpdate();
        for (Document.Item row : doc.items(BOM)) {
            BomEntity b = new BomEntity();
            b.ledgerId = l.id;
            b.endprdSeqNo = Long.parseLong(row.value("endprdSeqno"));
            b.mtpckSeqNo = Long.parseLong(row.value("mtpckSeqno"));
            b.verno = row.value("ucnsVerno");
            b.ucns = new BigDecimal(row.value("ucnsQty"));
            b.net = decimalOrNull(row.value("netUseupQty"));
            b.tangibleLossRate = decimalOrNull(row.value("tgblLossRate"));
            b.intangibleLossRate = decimalOrNull(row.value("intgbLossRate"));
            BigDecimal ratio = decimalOrNull(row.value("bondMtpckPrpr"));
            b.bondRatio = ratio == null ? BigDecimal.valueOf(100) : ratio;
            em.persist(b);
        }
    }

    @Override
    public void recordPeriod(String emsNo, long documentId, String chgoffType, LocalDate begin, LocalDate end) {
        Transactions.write(jpa, "", em -> {
            LedgerEntity l = require(em, emsNo);
            ChgoffEntity c = em.createQuery("SELECT c FROM ChgoffEntity c WHERE c.documentId = :d",
                    ChgoffEntity.class).setParameter("d", documentId).getResultList().stream().findFirst()
                    .orElseGet(ChgoffEntity::new);
            c.ledgerId = l.id;
            c.documentId = documentId;
            c.type = chgoffType;
            c.begin = begin;
            c.end = end;
            if (c.id == null) {
                em.persist(c);
            }
            return null;
        });
    }

    @Override
    public Optional<LocalDate> normalPeriodEndingOn(String emsNo, LocalDate end) {
        return Transactions.read(jpa, em -> find(em, emsNo).flatMap(l -> em.createQuery(
                "SELECT c FROM ChgoffEntity c WHERE c.ledgerId = :l AND c.type = '1' AND c.end = :e",
                ChgoffEntity.class).setParameter("l", l.id).setParameter("e", end).getResultList().stream()
                .findFirst().map(c -> c.begin)));
    }

    @Override
    public void confirm(long documentId, Map<Long, BigDecimal> actual) {
        Transactions.write(jpa, "", em -> {
            ChgoffEntity c = em.createQuery("SELECT c FROM ChgoffEntity c WHERE c.documentId = :d",
                    ChgoffEntity.class).setParameter("d", documentId).getResultList().stream().findFirst()
                    .orElseThrow(() -> new RuleViolation(LedgerTexts.MESSAGES, "ledger.chgoff.notApproved"));
            if (c.confirmedAt != null) {
                throw new RuleViolation(LedgerTexts.MESSAGES, "ledger.chgoff.confirmed");
            }
            c.confirmedAt = clock.instant();
            actual.forEach((seq, qty) -> {
                ChgoffItemEntity i = new ChgoffItemEntity();
                i.chgoffId = c.id;
                i.seqNo = seq;
                i.actualQty = LedgerMath.qty(qty);
                em.persist(i);
            });
            return null;
        });
    }
}

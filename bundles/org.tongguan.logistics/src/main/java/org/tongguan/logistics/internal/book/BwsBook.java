package org.tongguan.logistics.internal.book;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.Messages;
import org.tongguan.core.schema.SchemaReady;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.ledger.BalancePage;
import org.tongguan.ledger.LedgerMenus;
import org.tongguan.ledger.LedgerTexts;
import org.tongguan.ledger.Mark;
import org.tongguan.ledger.MovementBook;
import org.tongguan.ledger.MovementKind;
import org.tongguan.ledger.book.AbstractBook;
import org.tongguan.ledger.book.BookTables;

/**
 * The book of the 物流账册 (numbers {@code T…}) in the ledger registry, on the shared book base: the approved ledgers
 * with their 商品 (projected at each approval of the 物流账册 document) and one movement row per 核注清单 row. A list
 * under a 物流账册 moves its 商品 ({@link Mark#I}) in (进, {@link MovementKind#STORE_IN}) or out (出,
 * {@link MovementKind#STORE_OUT}) with a 保税物流 监管方式 ({@link #MODES}); the 余量 is 进 − 出 of the approved lists,
 * and a list may not take a 商品 below zero counting also the lists declared and not yet decided.
 */
@Component(service = {MovementBook.class, BwsBook.class}, property = MovementBook.KINDS + "=T")
public class BwsBook extends AbstractBook<BwsLedgerEntity, BwsItemEntity, BwsMoveEntity> {
    /** The 监管方式 of goods into and out of a bonded warehouse or logistics centre (the customs code table). */
    public static final Set<String> MODES = Set.of("1200", "1233", "1234", "5033", "5034", "6033");
    /** The area's texts. */
    public static final Messages MESSAGES = new Messages("org.tongguan.logistics.messages",
            BwsBook.class.getClassLoader());
    /** The 商品 tab of the 物流账册 document. */
    public static final String ITEMS = "items";
    /** Who sees a 物流账册's balances: who sees its documents. */
    static final String VIEW = org.tongguan.logistics.internal.BwsType.PERMISSION + ".view";
    private static final BookTables<BwsLedgerEntity, BwsItemEntity, BwsMoveEntity> TABLES = new BookTables<>(
            BwsLedgerEntity.class, BwsLedgerEntity::new, BwsItemEntity.class, BwsItemEntity::new,
            BwsMoveEntity.class, BwsMoveEntity::new, Map.of(ITEMS, Mark.I));

    @Activate
    public BwsBook(@Reference(target = "(osgi.unit.name=tongguan-logistics)") JpaTemplate jpa,
            @Reference AccessPolicy policy,
            @Reference(target = "(schema.bundle=org.tongguan.logistics)") SchemaReady schema) {
        this(jpa, policy);
    }

    /** Outside OSGi (tests); DS tells its constructor by the number of arguments, so this one has fewer. */
    public BwsBook(JpaTemplate jpa, AccessPolicy policy) {
        super(jpa, policy, TABLES, MESSAGES, "bws.notFound", VIEW);
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

    /** 保税物流管理 › 数据查询 › 物流账册余量: per 商品 its 进, 出 and 余量. */
    @Override
    public Optional<BalancePage> balancePage() {
        return Optional.of(new BalancePage("logistics/balance", LedgerMenus.LOGISTICS_QUERY, 10, "bws.balance.title",
                MESSAGES.over(LedgerTexts.MESSAGES), VIEW, List.of(Mark.I), List.of(BalancePage.Column.SEQ_NO,
                        BalancePage.Column.MTNO, BalancePage.Column.NAME, BalancePage.Column.UNIT,
                        BalancePage.Column.IMPORTED, BalancePage.Column.EXPORTED, BalancePage.Column.BALANCE)));
    }
}

package org.tongguan.ledger;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;
import org.tongguan.core.security.UserContext;

/**
 * The approved ledgers of some kinds of ledger number, as the documents that move or read a ledger see them (核注清单
 * now; 业务申报表, 出入库单, 核放单 and 出境加工 next). A book is a whiteboard service that names the kinds it keeps in
 * {@value #KINDS} (the first letter of the number: {@code E} 加工贸易账册, {@code T} 物流账册 …) and keeps its own
 * movements; those documents find it through the {@link LedgerRegistry}, never by asking one book for every number.
 * The list's own transaction carries {@link #declare}, {@link #approve}, {@link #release} and {@link #withdraw}, so a
 * balance moves exactly when the list does.
 */
@ConsumerType
public interface MovementBook {
    /** Service property: the first letters of the ledger numbers the book keeps, e.g. {@code E} or {@code T}. */
    String KINDS = "ledger.kinds";

    /** The approved ledger of that number. */
    Optional<Ledger> ledger(String emsNo);

    /** The enterprise's approved ledgers of this book, by number. */
    List<Ledger> ledgers(String enterpriseCode);

    /** The book's 余量 page, served by the ledger area while the book is there; empty when it has none. */
    default Optional<BalancePage> balancePage() {
        return Optional.empty();
    }

    /** A 料件 or 成品 (for a 物流账册: a 商品, {@link Mark#I}) of an approved ledger. */
    Optional<LedgerItem> item(String emsNo, Mark mark, long seqNo);

    /** The 单耗版本号 of a 成品's BOM rows, sorted; empty when it has none (or the kind keeps no BOM). */
    default List<String> bomVersions(String emsNo, long endprdSeqNo) {
        return List.of();
    }

    /**
     * What a list's rows do to a ledger of this book, or empty when the 监管方式 cannot be used that way under it.
     *
     * @param supvModecd the 4-digit 监管方式
     * @param impexpMarkcd I 进口 or E 出口
     * @param mark the list's 料件成品标记
     */
    Optional<MovementKind> movement(String supvModecd, String impexpMarkcd, Mark mark);

    /**
     * What the list would take below zero, counting the approved lists and the other lists declared and not yet
     * decided; empty when it fits. Rows of {@code list} that name no row of the ledger are not checked here.
     */
    List<Shortfall> shortfalls(ListMovements list);

    /**
     * The balances of the ledger's 料件 or 成品 (approved lists: 预核扣 and 已核扣), for a user who may see the ledger's
     * enterprise. A book fills the figures its kind has and leaves the others zero (a 物流账册: 进 in
     * {@link Balance#imported}, 出 in {@link Balance#exported}).
     */
    List<Balance> balances(UserContext who, String emsNo, Mark mark);

    /** The list was declared: its rows hold their quantities against other lists (replacing any of an earlier 申报). */
    void declare(ListMovements list);

    /** Customs approved the list: 预核扣. */
    void approve(long listId, String listNo);

    /** The list was released: 已核扣. */
    void release(long listId);

    /** The list was returned, failed or deleted before approval: its rows no longer hold anything. */
    void withdraw(long listId);
}

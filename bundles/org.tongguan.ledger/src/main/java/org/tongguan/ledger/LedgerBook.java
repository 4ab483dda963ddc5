package org.tongguan.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.tongguan.core.security.UserContext;

/**
 * The approved 加工贸易账册 (底账, numbers {@code E…}) and their balances, the book of kind E in the
 * {@link LedgerRegistry}. The 核注清单 area tells it what each list does ({@link #declare},
 * {@link #approve}, {@link #release}, {@link #withdraw}) from inside the list's own transaction, so the balance moves
 * exactly when the list does; it asks it first whether a list fits ({@link #shortfalls}).
 *
 * <p>Counting: an approved list (预核扣) and a released one (已核扣) count in every balance; a list declared and not
 * yet decided holds its quantity against other lists' checks only. Methods without a {@link UserContext} are for the
 * document types, whose service has checked the user already.
 */
@ProviderType
public interface LedgerBook extends MovementBook {
    /** Customs approved the list: 预核扣. Raises a 预警 for each 料件 it takes under the enterprise's 预警值. */
    @Override
    void approve(long listId, String listNo);

    /** What a list does under a 加工贸易账册: {@link MovementKind#of}. */
    @Override
    default Optional<MovementKind> movement(String supvModecd, String impexpMarkcd, Mark mark) {
        return MovementKind.of(supvModecd, impexpMarkcd, mark);
    }

    /** Whether any list row names that 料件 or 成品 of the ledger (then customs will not let it be deleted). */
    boolean used(String emsNo, Mark mark, long seqNo);

    /** Sets (or, with null, clears) the 余量预警值 of rows of the ledger, for a user who may change its balances. */
    void setWarning(UserContext who, String emsNo, Mark mark, Collection<Long> seqNos, BigDecimal warnQty);

    /** The 报核 figures of the period (both days included). */
    Verification verify(String emsNo, LocalDate from, LocalDate to);

    /** The list rows behind a 料件's figures in the period, at most {@code limit}, by date. */
    List<Source> sources(String emsNo, LocalDate from, LocalDate to, long mtpckSeqNo, int limit);

    /** The day a new 报核 of the ledger starts: the day after the last confirmed period, or its first approval. */
    LocalDate nextPeriodStart(String emsNo);
}

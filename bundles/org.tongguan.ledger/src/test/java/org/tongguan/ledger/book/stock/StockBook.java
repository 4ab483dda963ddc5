package org.tongguan.ledger.book.stock;

import java.util.Map;
import java.util.Optional;
import org.apache.aries.jpa.template.JpaTemplate;
import org.tongguan.core.Messages;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.ledger.LedgerTexts;
import org.tongguan.ledger.Mark;
import org.tongguan.ledger.MovementKind;
import org.tongguan.ledger.book.AbstractBook;
import org.tongguan.ledger.book.BookTables;

/**
 * A book of goods in and out written as a new kind would be: its tables and its 监管方式 (1233 in and out of a
 * warehouse), everything else the shared base's.
 */
public class StockBook extends AbstractBook<StockLedger, StockItem, StockMove> {
    public static final String VIEW = "stock.view";
    public static final Messages MESSAGES = LedgerTexts.MESSAGES;

    public StockBook(JpaTemplate jpa, AccessPolicy policy) {
        super(jpa, policy, new BookTables<>(StockLedger.class, StockLedger::new, StockItem.class, StockItem::new,
                StockMove.class, StockMove::new, Map.of("goods", Mark.I)), MESSAGES, "ledger.notFound", VIEW);
    }

    @Override
    public Optional<MovementKind> movement(String supvModecd, String impexpMarkcd, Mark mark) {
        return "1233".equals(supvModecd) && mark == Mark.I
                ? Optional.of("I".equals(impexpMarkcd) ? MovementKind.STORE_IN : MovementKind.STORE_OUT)
                : Optional.empty();
    }
}

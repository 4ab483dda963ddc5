package org.tongguan.ledger;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.tongguan.core.Messages;
import org.tongguan.core.security.UserContext;

/**
 * A book's 余量 page, as data ({@link MovementBook#balancePage()}): the ledger area serves every such page with its
 * one balance view (choose an enterprise and one of its ledgers, filter, export to xlsx); a book writes no page class.
 *
 * @param route the page's address without leading slash, e.g. {@code logistics/balance}
 * @param menu the menu node it sits under ({@link LedgerMenus})
 * @param titleKey its title in {@code messages}
 * @param messages the book's texts over the ledger area's ({@code balance.*}: a book may name a column its own way)
 * @param permission what a user needs to open it (the book checks it again for the ledger's enterprise)
 * @param marks the rows it offers to show (料件 and 成品, or the 商品 alone)
 * @param columns the figures it shows, in order
 * @param editPermission what a user needs to set 预警值, or null when the book keeps none
 * @param warnings how 预警值 are set, or null when the book keeps none
 */
public record BalancePage(String route, String menu, int order, String titleKey, Messages messages, String permission,
        List<Mark> marks, List<Column> columns, String editPermission, Warnings warnings) {
    public BalancePage {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(menu, "menu");
        Objects.requireNonNull(permission, "permission");
        marks = List.copyOf(marks);
        columns = List.copyOf(columns);
    }

    /** A page without 预警值. */
    public BalancePage(String route, String menu, int order, String titleKey, Messages messages, String permission,
            List<Mark> marks, List<Column> columns) {
        this(route, menu, order, titleKey, messages, permission, marks, columns, null, null);
    }

    /** The same page where users with {@code editPermission} set 预警值 through {@code warnings}. */
    public BalancePage withWarnings(String editPermission, Warnings warnings) {
        return new BalancePage(route, menu, order, titleKey, messages, permission, marks, columns,
                Objects.requireNonNull(editPermission), Objects.requireNonNull(warnings));
    }

    /** A figure of a {@link Balance}; its heading is {@code balance.col.<key>}. */
    public enum Column {
        SEQ_NO("seqNo"), MTNO("mtno"), NAME("name"), UNIT("unit"), DECLARED("declared"), IMPORTED("imported"),
        EXPORTED("exported"), CONSUMED("consumed"), DOMESTIC("domestic"), REEXPORTED("reexported"),
        TRANSFERRED("transferred"), SCRAP("scrap"), BALANCE("balance"), WARN("warn");

        private final String key;

        Column(String key) {
            this.key = key;
        }

        /** The column's key in the grid and in its heading's text key. */
        public String key() {
            return key;
        }

        public String headingKey() {
            return "balance.col." + key;
        }
    }

    /** Sets (or, with null, clears) the 预警值 of rows of a ledger, for a user who may. */
    @FunctionalInterface
    public interface Warnings {
        void set(UserContext who, String number, Mark mark, Collection<Long> seqNos, BigDecimal warnQty);
    }
}

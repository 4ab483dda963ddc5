package org.tongguan.core.declaration;

import java.util.Map;
import java.util.Objects;

/**
 * A page of a document type in the side menu, as data: the shell serves every such page with its one document
 * editor (数据录入) or query page (数据查询); an area writes no page class. A 数据录入 page needs the type's
 * {@link DocumentType#editPermission()}, a 数据查询 page its {@link DocumentType#viewPermission()}.
 *
 * @param route the page's address without leading slash, unique across areas, e.g. {@code ledger/qyzz}
 * @param menu the id of the menu node it appears under, e.g. {@code ledger.entry} (加工贸易账册 › 数据录入)
 * @param order its position under that node
 * @param kind 数据录入 or 数据查询
 * @param titleKey its title (menu entry, tab, page heading) in the type's texts
 * @param values for a 数据录入 page: header values of a new document fixed by the page (保税核注清单(进口): 进出口标志 I);
 *        for a 数据查询 page: criteria every search of the page keeps (a value ending in {@code *} matches by its
 *        beginning, e.g. the lists of 物流账册 {@code putrecNo=T*})
 */
public record DocumentPage(String route, String menu, int order, Kind kind, String titleKey, Map<String, String> values) {
    /** What the page shows. */
    public enum Kind {
        /** 数据录入: the document editor. */
        ENTRY,
        /** 数据查询: the query page. */
        QUERY
    }

    public DocumentPage {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(menu, "menu");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(titleKey, "titleKey");
        values = Map.copyOf(values);
    }

    /** A 数据录入 page. */
    public static DocumentPage entry(String route, String menu, int order, String titleKey) {
        return new DocumentPage(route, menu, order, Kind.ENTRY, titleKey, Map.of());
    }

    /** A 数据查询 page. */
    public static DocumentPage query(String route, String menu, int order, String titleKey) {
        return new DocumentPage(route, menu, order, Kind.QUERY, titleKey, Map.of());
    }

    /** The same page with {@code values} (presets of an entry page, fixed criteria of a query page). */
    public DocumentPage with(Map<String, String> values) {
        return new DocumentPage(route, menu, order, kind, titleKey, values);
    }
}

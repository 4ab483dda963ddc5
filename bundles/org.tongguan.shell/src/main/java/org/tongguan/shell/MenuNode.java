package org.tongguan.shell;

import java.util.Objects;

/**
 * A node of the side menu that holds pages or other nodes, e.g. 加工贸易账册 and under it 数据录入 and 数据查询. Areas
 * contribute the nodes their pages go under ({@link MenuContribution}); several areas may contribute the same node
 * (same id), which then shows once.
 *
 * @param id unique, e.g. {@code ledger} or {@code ledger.entry}
 * @param parent the id of the node it sits under, or null for the top level
 * @param titleKey its title in the contributing area's texts
 * @param order its position among its siblings (pages and nodes)
 */
public record MenuNode(String id, String parent, String titleKey, int order) {
    public MenuNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
    }

    /** A node of the top level. */
    public static MenuNode top(String id, String titleKey, int order) {
        return new MenuNode(id, null, titleKey, order);
    }

    /** A node under {@code parent}. */
    public static MenuNode under(String parent, String id, String titleKey, int order) {
        return new MenuNode(id, parent, titleKey, order);
    }
}

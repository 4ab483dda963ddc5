package org.tongguan.shell.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tongguan.core.Messages;
import org.tongguan.shell.MenuNode;
import org.tongguan.shell.ViewContribution;

/**
 * The side menu as the areas contribute it: nodes (加工贸易账册 › 数据录入) holding pages and other nodes, each level in
 * order. A node shows only while some page below it does; a node contributed by several areas shows once (the
 * first contribution's title); a page or node whose parent is not installed shows at the top level.
 */
final class MenuTree {
    /** A node with the texts of the area that contributed it. */
    record Titled(MenuNode node, Messages messages) {
        String title(Locale locale) {
            return messages.get(node.titleKey(), locale);
        }
    }

    /** An entry of a level: a node with its entries, or a page. */
    sealed interface Entry permits Group, Page {
        int order();

        String sortKey();
    }

    record Group(Titled titled, List<Entry> entries) implements Entry {
        @Override
        public int order() {
            return titled.node().order();
        }

        @Override
        public String sortKey() {
            return titled.node().id();
        }
    }

    record Page(ViewContribution page) implements Entry {
        @Override
        public int order() {
            return page.order();
        }

        @Override
        public String sortKey() {
            return page.route();
        }
    }

    private static final Comparator<Entry> ORDER = Comparator.comparingInt(Entry::order).thenComparing(Entry::sortKey);
    private final List<Entry> top;
    private final Map<String, Titled> nodes;

    private MenuTree(List<Entry> top, Map<String, Titled> nodes) {
        this.top = top;
        this.nodes = nodes;
    }

    static MenuTree of(List<Titled> contributed, List<ViewContribution> pages) {
        Map<String, Titled> nodes = new LinkedHashMap<>();
        contributed.forEach(t -> nodes.putIfAbsent(t.node().id(), t));
        Map<String, List<Entry>> below = new LinkedHashMap<>();
        for (ViewContribution p : pages) {
            below.computeIfAbsent(nodes.containsKey(p.menu()) ? p.menu() : null, k -> new ArrayList<>()).add(new Page(p));
        }
        // nodes that hold a page, and the nodes above them
        Set<String> used = new HashSet<>();
        for (ViewContribution p : pages) {
            for (String id = p.menu(); id != null && nodes.containsKey(id) && used.add(id); ) {
                id = parentOf(nodes, id);
            }
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (String id : used) {
            groups.put(id, new Group(nodes.get(id), new ArrayList<>()));
        }
        List<Entry> top = new ArrayList<>();
        for (Group g : groups.values()) {
            String parent = parentOf(nodes, g.titled().node().id());
            (parent == null ? top : groups.get(parent).entries()).add(g);
        }
        below.forEach((id, entries) -> (id == null ? top : groups.get(id).entries()).addAll(entries));
        groups.values().forEach(g -> g.entries().sort(ORDER));
        top.sort(ORDER);
        return new MenuTree(List.copyOf(top), nodes);
    }

    /** The parent of a known node, or null when it has none, is unknown, or would make a loop. */
    private static String parentOf(Map<String, Titled> nodes, String id) {
        String parent = nodes.get(id).node().parent();
        if (parent == null || !nodes.containsKey(parent)) {
            return null;
        }
        Set<String> seen = new HashSet<>(Set.of(id));
        for (String p = parent; p != null && nodes.containsKey(p); p = nodes.get(p).node().parent()) {
            if (!seen.add(p)) {
                return null;
            }
        }
        return parent;
    }

    List<Entry> top() {
        return top;
    }

    /** Every page, depth first in menu order. */
    List<ViewContribution> pages() {
        List<ViewContribution> out = new ArrayList<>();
        collect(top, out);
        return out;
    }

    private static void collect(List<Entry> entries, List<ViewContribution> out) {
        for (Entry e : entries) {
            if (e instanceof Page p) {
                out.add(p.page());
            } else if (e instanceof Group g) {
                collect(g.entries(), out);
            }
        }
    }

    /** The titles of the nodes above {@code page}, from the top, in {@code locale}. */
    List<String> path(ViewContribution page, Locale locale) {
        List<String> out = new ArrayList<>();
        for (String id = nodes.containsKey(page.menu()) ? page.menu() : null; id != null; id = parentOf(nodes, id)) {
            out.add(0, nodes.get(id).title(locale));
        }
        return out;
    }
}

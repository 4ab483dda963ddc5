package org.tongguan.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tongguan.shell.MenuNode;
import org.tongguan.shell.ViewContribution;

class MenuTreeTest {
    private static MenuTree.Titled node(MenuNode n) {
        return new MenuTree.Titled(n, ContributionsTest.AREA);
    }

    private static final List<MenuTree.Titled> LEDGER = List.of(node(MenuNode.top("ledger", "area.group", 10)),
            node(MenuNode.under("ledger", "ledger.entry", "area.entry", 10)),
            node(MenuNode.under("ledger", "ledger.query", "area.query", 90)));

    /** The tree as text: a node as {@code id[...]}, a page as its route. */
    private static String shape(List<MenuTree.Entry> entries) {
        List<String> out = new ArrayList<>();
        for (MenuTree.Entry e : entries) {
            out.add(e instanceof MenuTree.Group g ? g.titled().node().id() + "[" + shape(g.entries()) + "]"
                    : ((MenuTree.Page) e).page().route());
        }
        return String.join(" ", out);
    }

    @Test
    void pagesSitUnderTheirNodesEachLevelInOrder() {
        List<ViewContribution> pages = List.of(ContributionsTest.page("ledger/ems-query", "ledger.query", 20),
                ContributionsTest.page("ledger/qyzz", "ledger.entry", 10),
                ContributionsTest.page("ledger/balance", "ledger", 95),
                ContributionsTest.page("ledger/qyzz-query", "ledger.query", 10),
                ContributionsTest.page("users", "system", 10));
        List<MenuTree.Titled> nodes = new ArrayList<>(LEDGER);
        nodes.add(node(MenuNode.top("system", "area.system", 80)));
        MenuTree tree = MenuTree.of(nodes, pages);
        assertEquals("ledger[ledger.entry[ledger/qyzz] ledger.query[ledger/qyzz-query ledger/ems-query] ledger/balance]"
                + " system[users]", shape(tree.top()));
        assertEquals(List.of("ledger/qyzz", "ledger/qyzz-query", "ledger/ems-query", "ledger/balance", "users"),
                tree.pages().stream().map(ViewContribution::route).toList(), "depth first, as the menu shows them");
        assertEquals(List.of("加工贸易账册", "数据查询"), tree.path(pages.get(0), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aNodeWithoutPagesIsNotShownAndANodeContributedTwiceShowsOnce() {
        List<MenuTree.Titled> nodes = new ArrayList<>(LEDGER);
        nodes.add(node(MenuNode.top("ledger", "area.system", 99)));
        MenuTree tree = MenuTree.of(nodes, List.of(ContributionsTest.page("ledger/qyzz", "ledger.entry", 10)));
        assertEquals("ledger[ledger.entry[ledger/qyzz]]", shape(tree.top()), "数据查询 holds nothing this user may open");
        assertEquals(List.of("加工贸易账册", "数据录入"), tree.path(tree.pages().get(0), Locale.SIMPLIFIED_CHINESE),
                "the first contribution names the node");
    }

    @Test
    void aPageOrNodeWhoseParentIsNotInstalledShowsAtTheTopAndLoopsAreBroken() {
        List<MenuTree.Titled> nodes = List.of(node(MenuNode.under("logistics", "logistics.entry", "area.entry", 10)),
                node(MenuNode.under("b", "a", "area.query", 20)), node(MenuNode.under("a", "b", "area.query", 30)));
        MenuTree tree = MenuTree.of(nodes, List.of(ContributionsTest.page("logistics/invt", "logistics.entry", 10),
                ContributionsTest.page("x", "a", 10), ContributionsTest.page("orphan", "nowhere", 5)));
        assertEquals("orphan logistics.entry[logistics/invt] a[x]", shape(tree.top()));
    }
}

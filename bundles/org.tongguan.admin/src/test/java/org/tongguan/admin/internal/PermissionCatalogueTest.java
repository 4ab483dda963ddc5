package org.tongguan.admin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongguan.admin.internal.PermissionCatalogue.Entry;
import org.tongguan.core.Messages;
import org.tongguan.core.security.Permissions;
import org.tongguan.shell.ViewContribution;

class PermissionCatalogueTest {
    private static final Messages AREA = new Messages("org.tongguan.admin.internal.testarea",
            PermissionCatalogueTest.class.getClassLoader());
    private static final Messages OWN = AdminMessages.MESSAGES;

    /** A contributed page as the shell sees it; only its permission and title matter here. */
    private record Page(String route, String titleKey, String menu, int order, String permission)
            implements ViewContribution {
        @Override
        public Component createView() {
            return new Span(route);
        }

        @Override
        public Messages messages() {
            return AREA;
        }
    }

    private static final Page LEDGERS = new Page("ledgers", "ledger.title", "ledger.entry", 10, "ledger.view");
    private static final Page LEDGER_ITEMS = new Page("ledger-items", "ledger.items.title", "ledger.entry", 20,
            "ledger.view");
    private static final Page INVENTORIES = new Page("inventories", "invt.title", "invt", 10,
            "invt.view");

    @Test
    void withoutAreasOffersThePlatformPermissionsSorted() {
        assertEquals(List.of(
                new Entry("admin.audit", "审计日志"),
                new Entry("admin.cards", "卡介质"),
                new Entry("admin.roles", "角色管理"),
                new Entry("admin.users", "用户管理"),
                new Entry("enterprise.edit", "修改企业信息"),
                new Entry("enterprise.view", "查看企业信息")),
                PermissionCatalogue.build(List.of(), Set.of(), OWN, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void mergesTwoAreasWithThePlatformSortedWithoutDuplicates() {
        // given in an order unlike the menu's: labels still follow the menu (账册 before 账册表体)
        List<Entry> catalogue = PermissionCatalogue.build(List.of(INVENTORIES, LEDGER_ITEMS, LEDGERS),
                Set.of(), OWN, Locale.SIMPLIFIED_CHINESE);

        assertEquals(List.of(
                new Entry("admin.audit", "审计日志"),
                new Entry("admin.cards", "卡介质"),
                new Entry("admin.roles", "角色管理"),
                new Entry("admin.users", "用户管理"),
                new Entry("enterprise.edit", "修改企业信息"),
                new Entry("enterprise.view", "查看企业信息"),
                new Entry("invt.view", "核注清单"),
                new Entry("ledger.view", "加工贸易账册 / 账册表体")), catalogue);
    }

    @Test
    void platformLabelsWinOverAPageRequiringThePermission() {
        Page enterprises = new Page("enterprises", "everything.title", "enterprise", 10,
                Permissions.ENTERPRISE_VIEW);
        List<Entry> catalogue = PermissionCatalogue.build(List.of(enterprises), Set.of(), OWN,
                Locale.SIMPLIFIED_CHINESE);

        assertEquals(List.of(new Entry("enterprise.view", "查看企业信息")),
                catalogue.stream().filter(e -> e.permission().equals(Permissions.ENTERPRISE_VIEW)).toList());
        assertEquals(6, catalogue.size());
    }

    @Test
    void neverOffersEveryPermissionNorBlankOnes() {
        Page overview = new Page("overview", "everything.title", "messages", 10, Permissions.ALL);
        Page blank = new Page("blank", "everything.title", "messages", 20, " ");
        List<Entry> catalogue = PermissionCatalogue.build(List.of(overview, blank, LEDGERS),
                Set.of(Permissions.ALL, "ledger.view"), OWN, Locale.SIMPLIFIED_CHINESE);

        assertFalse(catalogue.stream().anyMatch(e -> e.permission().equals(Permissions.ALL)), catalogue::toString);
        assertFalse(catalogue.stream().anyMatch(e -> e.permission().isBlank()), catalogue::toString);
        assertEquals(7, catalogue.size(), catalogue::toString);
    }

    @Test
    void keepsHeldPermissionsOfAreasNoLongerInstalled() {
        List<Entry> catalogue = PermissionCatalogue.build(List.of(LEDGERS), Set.of("ledger.view", "outward.view"),
                OWN, Locale.SIMPLIFIED_CHINESE);

        assertEquals(new Entry("ledger.view", "加工贸易账册"), catalogue.get(6));
        assertEquals(new Entry("outward.view", "outward.view（所属模块未安装）"), catalogue.get(7));
        assertEquals(8, catalogue.size());
    }

    @Test
    void labelsFollowTheAskedLanguage() {
        List<Entry> catalogue = PermissionCatalogue.build(List.of(LEDGERS, INVENTORIES), Set.of("outward.view"),
                OWN, Locale.ENGLISH);

        assertEquals(List.of(
                new Entry("admin.audit", "Audit log"),
                new Entry("admin.cards", "Card media"),
                new Entry("admin.roles", "Roles"),
                new Entry("admin.users", "Users"),
                new Entry("enterprise.edit", "Edit enterprises"),
                new Entry("enterprise.view", "View enterprises"),
                new Entry("invt.view", "Bonded inventories"),
                new Entry("ledger.view", "Processing trade ledgers"),
                new Entry("outward.view", "outward.view (module not installed)")), catalogue);
    }
}

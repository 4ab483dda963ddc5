package org.tongguan.admin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** The names as the access policy gives them (platform, an area's, a document type's). */
    private static final Map<String, String> NAMES = Map.of(
            Permissions.ENTERPRISE_VIEW, "查看企业信息",
            Permissions.ADMIN_USERS, "用户管理",
            "ledger.balance.edit", "设置账册余量预警值",
            "ledger.qyzz.edit", "录入、申报企业资质申请");

    /** A contributed page as the shell sees it; only its permission matters here. */
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

    private static final Page QYZZ = new Page("ledger/qyzz", "ledger.title", "ledger.entry", 10, "ledger.qyzz.edit");
    private static final Page UNNAMED = new Page("inventories", "invt.title", "invt", 10, "invt.view");

    @Test
    void offersEveryNamedPermissionSortedWithItsName() {
        assertEquals(List.of(
                new Entry("admin.users", "用户管理"),
                new Entry("enterprise.view", "查看企业信息"),
                new Entry("ledger.balance.edit", "设置账册余量预警值"),
                new Entry("ledger.qyzz.edit", "录入、申报企业资质申请")),
                PermissionCatalogue.build(NAMES, List.of(QYZZ), Set.of(), OWN, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aPagesPermissionNobodyNamesIsOfferedUnderItsOwnKey() {
        List<Entry> catalogue = PermissionCatalogue.build(NAMES, List.of(UNNAMED), Set.of(), OWN,
                Locale.SIMPLIFIED_CHINESE);

        assertEquals(new Entry("invt.view", "invt.view"), catalogue.get(2));
        assertEquals(5, catalogue.size());
    }

    @Test
    void neverOffersEveryPermissionNorBlankOnes() {
        Page overview = new Page("overview", "everything.title", "messages", 10, Permissions.ALL);
        Page blank = new Page("blank", "everything.title", "messages", 20, " ");
        List<Entry> catalogue = PermissionCatalogue.build(Map.of(Permissions.ALL, "全部"), List.of(overview, blank),
                Set.of(Permissions.ALL, " "), OWN, Locale.SIMPLIFIED_CHINESE);

        assertFalse(catalogue.stream().anyMatch(e -> e.permission().equals(Permissions.ALL)), catalogue::toString);
        assertEquals(List.of(), catalogue);
    }

    @Test
    void keepsHeldPermissionsOfAreasNoLongerInstalled() {
        List<Entry> catalogue = PermissionCatalogue.build(NAMES, List.of(QYZZ), Set.of("ledger.qyzz.edit",
                "outward.view"), OWN, Locale.SIMPLIFIED_CHINESE);

        assertEquals(new Entry("ledger.qyzz.edit", "录入、申报企业资质申请"), catalogue.get(3));
        assertEquals(new Entry("outward.view", "outward.view（所属模块未安装）"), catalogue.get(4));
        assertEquals(5, catalogue.size());
    }

    @Test
    void theNotInstalledLabelFollowsTheAskedLanguage() {
        List<Entry> catalogue = PermissionCatalogue.build(Map.of(Permissions.ADMIN_USERS, "Users"), List.of(),
                Set.of("outward.view"), OWN, Locale.ENGLISH);

        assertEquals(List.of(new Entry("admin.users", "Users"),
                new Entry("outward.view", "outward.view (module not installed)")), catalogue);
    }
}

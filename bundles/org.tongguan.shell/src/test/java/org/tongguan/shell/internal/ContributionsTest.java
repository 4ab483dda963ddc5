package org.tongguan.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tongguan.core.Messages;
import org.tongguan.shell.MenuGroup;
import org.tongguan.shell.PageContribution;
import org.tongguan.shell.ViewContribution;

class ContributionsTest {
    static final Messages AREA = new Messages("org.tongguan.shell.internal.area", ContributionsTest.class.getClassLoader());

    static final class LedgerView extends Div {
    }

    static final class UsersView extends Div {
    }

    static final class AuditView extends Div {
    }

    static ViewContribution page(String route, MenuGroup group, int order, Class<? extends Component> view) {
        return new PageContribution(route, "area.ledger", group, order, "ledger.view", view, AREA) {
            @Override
            public Component createView() {
                return new Div();
            }
        };
    }

    @Test
    void theMenuIsOrderedByAreaGroupThenPosition() {
        Contributions c = new Contributions();
        c.add(page("audit", MenuGroup.SYSTEM, 30, AuditView.class));
        c.add(page("users", MenuGroup.SYSTEM, 10, UsersView.class));
        c.add(page("ledgers", MenuGroup.LEDGER, 100, LedgerView.class));
        assertEquals(List.of("ledgers", "users", "audit"), c.sorted().stream().map(ViewContribution::route).toList());
        assertEquals("users", c.byViewClass(UsersView.class).orElseThrow().route());
    }

    @Test
    void everyChangeRaisesTheRevisionAndAGoneRouteIsRemembered() {
        Contributions c = new Contributions();
        long r0 = c.revision();
        ViewContribution ledger = page("ledgers", MenuGroup.LEDGER, 100, LedgerView.class);
        c.add(ledger);
        long r1 = c.revision();
        assertNotEquals(r0, r1);
        c.remove(ledger);
        assertNotEquals(r1, c.revision());
        assertTrue(c.byRoute("ledgers").isEmpty());
        assertTrue(c.wasKnown("ledgers"), "a request for it can say the module was disabled");
        assertFalse(c.wasKnown("never"));
    }

    @Test
    void removingAnOlderInstanceOfARouteKeepsTheNewerOne() {
        Contributions c = new Contributions();
        ViewContribution before = page("ledgers", MenuGroup.LEDGER, 100, LedgerView.class);
        ViewContribution after = page("ledgers", MenuGroup.LEDGER, 100, LedgerView.class);
        c.add(before);
        c.add(after);
        long revision = c.revision();
        c.remove(before);
        assertEquals(after, c.byRoute("ledgers").orElseThrow(), "an update's new service arrives before the old goes");
        assertEquals(revision, c.revision());
    }

    @Test
    void translationsComeFromTheShellThenFromTheAreas() {
        Contributions c = new Contributions();
        ShellI18n i18n = new ShellI18n(c);
        assertEquals("首页", i18n.getTranslation("shell.home", Locale.SIMPLIFIED_CHINESE));
        assertEquals("Home", i18n.getTranslation("shell.home", Locale.ENGLISH));
        assertEquals("area.ledger", i18n.getTranslation("area.ledger", Locale.SIMPLIFIED_CHINESE), "no area yet");
        c.add(page("ledgers", MenuGroup.LEDGER, 100, LedgerView.class));
        assertEquals("加工贸易账册备案", i18n.getTranslation("area.ledger", Locale.SIMPLIFIED_CHINESE));
        assertEquals("Ledger filing", i18n.getTranslation("area.ledger", Locale.US));
        assertEquals("页面 /x 所属的业务模块已被管理员停用或卸载。其他模块不受影响，重新启用后即可继续使用。",
                i18n.getTranslation("shell.moduleGone.detail", Locale.SIMPLIFIED_CHINESE, "x"));
    }
}

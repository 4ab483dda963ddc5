package org.tongguan.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tongguan.core.Messages;
import org.tongguan.shell.PageContribution;
import org.tongguan.shell.ViewContribution;

class ContributionsTest {
    static final Messages AREA = new Messages("org.tongguan.shell.internal.area", ContributionsTest.class.getClassLoader());

    static ViewContribution page(String route, String menu, int order) {
        return new PageContribution(route, "area.ledger", menu, order, "ledger.view", AREA) {
            @Override
            public Component createView() {
                return new Div();
            }
        };
    }

    @Test
    void everyChangeRaisesTheRevisionAndAGoneRouteIsRemembered() {
        Contributions c = new Contributions();
        long r0 = c.revision();
        ViewContribution ledger = page("ledgers", "ledger", 100);
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
        ViewContribution before = page("ledgers", "ledger", 100);
        ViewContribution after = page("ledgers", "ledger", 100);
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
        c.add(page("ledgers", "ledger", 100));
        assertEquals("加工贸易账册备案", i18n.getTranslation("area.ledger", Locale.SIMPLIFIED_CHINESE));
        assertEquals("Ledger filing", i18n.getTranslation("area.ledger", Locale.US));
        assertEquals("页面 /x 所属的业务模块已被管理员停用或卸载。其他模块不受影响，重新启用后即可继续使用。",
                i18n.getTranslation("shell.moduleGone.detail", Locale.SIMPLIFIED_CHINESE, "x"));
    }
}

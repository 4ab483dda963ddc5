package org.tongguan.shell.internal;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import org.tongguan.core.security.UserContext;
import org.tongguan.shell.CurrentUser;
import org.tongguan.shell.ViewContribution;

/** The start page: the pages this user may open, as links. */
final class HomeView extends VerticalLayout {
    HomeView(Shell shell) {
        UserContext user = CurrentUser.get();
        add(new H2(getTranslation("home.welcome", user.username())));
        boolean any = false;
        for (ViewContribution c : shell.contributions().sorted()) {
            if (shell.policy().permits(user, c.permission())) {
                RouterLink link = new RouterLink();
                link.setRoute(c.viewClass());
                link.setText(getTranslation(c.group().titleKey()) + " › " + getTranslation(c.titleKey()));
                add(link);
                any = true;
            }
        }
        if (!any) {
            add(new Paragraph(getTranslation("home.nothing")));
        }
    }
}

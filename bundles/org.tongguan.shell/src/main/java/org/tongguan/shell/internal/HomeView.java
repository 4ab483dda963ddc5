package org.tongguan.shell.internal;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.html.Anchor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tongguan.core.security.UserContext;
import org.tongguan.shell.CurrentUser;
import org.tongguan.shell.ViewContribution;

/** The start page: the pages this user may open, as links. */
final class HomeView extends VerticalLayout {
    HomeView(Shell shell) {
        UserContext user = CurrentUser.get();
        add(new H2(getTranslation("home.welcome", user.username())));
        boolean any = false;
        Locale locale = getLocale();
        MenuTree menu = shell.contributions().menu(c -> shell.policy().permits(user, c.permission()));
        for (ViewContribution c : menu.pages()) {
            List<String> path = new ArrayList<>(menu.path(c, locale));
            path.add(c.messages().get(c.titleKey(), locale));
            Anchor link = new Anchor(c.route(), String.join(" › ", path));
            link.getElement().setAttribute("router-link", true);
            add(link);
            any = true;
        }
        if (!any) {
            add(new Paragraph(getTranslation("home.nothing")));
        }
    }
}

package org.tongguan.shell.internal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinSession;

/** Where a user with a one-time password must go before anything else. */
@StyleSheet("context://branding/tongguan.css")
final class ChangePasswordView extends VerticalLayout {
    ChangePasswordView(Shell shell) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        Div card = new Div(new H2(getTranslation("password.title")), new Paragraph(getTranslation("password.firstTime")),
                new ChangePasswordForm(shell, () -> {
                    VaadinSession.getCurrent().setAttribute(Guard.MUST_CHANGE_PASSWORD, false);
                    getUI().ifPresent(ui -> ui.navigate(HomeView.class));
                }));
        card.addClassName("tg-login-card");
        add(card);
    }
}

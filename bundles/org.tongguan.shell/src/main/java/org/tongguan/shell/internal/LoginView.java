package org.tongguan.shell.internal;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.tongguan.core.security.SignIn;
import org.tongguan.core.security.UserContext;

/** The sign-in page. */
@StyleSheet("context://branding/tongguan.css")
final class LoginView extends VerticalLayout {
    private final Shell shell;
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final Paragraph error = new Paragraph();

    LoginView(Shell shell) {
        this.shell = shell;
        addClassName("tg-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        Image logo = new Image("/branding/logo.svg", getTranslation("app.name"));
        logo.addClassName("tg-login-logo");
        H1 title = new H1(getTranslation("app.name"));
        username.setLabel(getTranslation("login.username"));
        username.setId("login-username");
        username.setAutofocus(true);
        username.setWidthFull();
        password.setLabel(getTranslation("login.password"));
        password.setId("login-password");
        password.setWidthFull();
        error.setId("login-error");
        error.addClassName("tg-error");
        error.setVisible(false);
        Button submit = new Button(getTranslation("login.submit"), e -> signIn());
        submit.setId("login-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setWidthFull();

        Div card = new Div(logo, title, username, password, error, submit);
        card.addClassName("tg-login-card");
        add(card);
    }

    private void signIn() {
        SignIn result = shell.users().signIn(username.getValue(), password.getValue().toCharArray());
        password.clear();
        switch (result.outcome()) {
            case OK -> enter(result);
            case LOCKED -> fail(getTranslation("login.locked", shell.time().time(result.lockedUntil())));
            case DISABLED -> fail(getTranslation("login.disabled"));
            default -> fail(getTranslation("login.bad"));
        }
    }

    private void fail(String text) {
        error.setText(text);
        error.setVisible(true);
        password.focus();
    }

    private void enter(SignIn result) {
        // a new HTTP session on sign-in, so a session id seen before it is worth nothing after
        VaadinService.reinitializeSession(VaadinService.getCurrentRequest());
        VaadinSession session = VaadinSession.getCurrent();
        UserContext user = result.user();
        session.setAttribute(UserContext.class, user);
        session.setAttribute(Guard.MUST_CHANGE_PASSWORD, result.mustChangePassword());
        // the user's setting; a user without one keeps the language the sign-in page spoke
        Locale locale = Languages.of(result.locale());
        if (locale == null) {
            locale = getLocale();
        }
        session.setAttribute(SignedIn.LOCALE, locale);
        Languages.remember(VaadinService.getCurrentResponse(), locale);
        Locale chosen = locale;
        getUI().ifPresent(ui -> {
            ui.setLocale(chosen);
            ui.navigate(result.mustChangePassword() ? Routes.CHANGE_PASSWORD : Routes.HOME);
        });
    }
}

package org.tongguan.admin.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Shows a new one-time password once, for the administrator to hand to the user. */
class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(String username, String password) {
        setId("user-otp-dialog");
        setHeaderTitle(getTranslation("admin.users.otp.title"));
        setCloseOnOutsideClick(false);
        Span otp = new Span(password);
        otp.setId("user-otp");
        otp.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xxl)");
        add(new Paragraph(getTranslation("admin.users.otp.for", username)), otp,
                new Paragraph(getTranslation("admin.users.otp.hint")));
        Button close = new Button(getTranslation("admin.users.otp.close"), e -> close());
        close.setId("user-otp-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }
}

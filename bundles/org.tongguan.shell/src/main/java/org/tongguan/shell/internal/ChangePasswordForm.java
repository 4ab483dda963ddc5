package org.tongguan.shell.internal;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import org.tongguan.core.RuleViolation;
import org.tongguan.shell.CurrentUser;
import org.tongguan.shell.Problems;

/** Old password, new password twice; used at first sign-in and from the user menu. */
final class ChangePasswordForm extends FormLayout {
    private final PasswordField oldPassword = new PasswordField();
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    ChangePasswordForm(Shell shell, Runnable done) {
        oldPassword.setLabel(getTranslation("password.old"));
        oldPassword.setId("password-old");
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setId("password-new");
        newPassword.setHelperText(getTranslation("password.help"));
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("password-repeat");
        Button save = new Button(getTranslation("password.save"), e -> {
            if (!newPassword.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            try {
                shell.users().changePassword(CurrentUser.get(), oldPassword.getValue().toCharArray(),
                        newPassword.getValue().toCharArray());
                Problems.success(getTranslation("password.changed"));
                done.run();
            } catch (RuleViolation v) {
                Problems.show(v, Map.of("old", oldPassword, "new", newPassword));
                if (v.key().equals("password.wrongOld")) {
                    oldPassword.setErrorMessage(v.getMessage(getLocale()));
                    oldPassword.setInvalid(true);
                } else {
                    newPassword.setErrorMessage(v.getMessage(getLocale()));
                    newPassword.setInvalid(true);
                }
            }
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        add(oldPassword, newPassword, repeat, save);
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }
}

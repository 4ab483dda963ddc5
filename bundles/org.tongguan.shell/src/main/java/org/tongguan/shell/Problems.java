package org.tongguan.shell;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Locale;
import java.util.Map;
import org.tongguan.core.FieldError;
import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.ValidationException;

/** Shows a broken rule to the clerk: next to the field it concerns, or as a notification. */
public final class Problems {
    private Problems() {
    }

    /** Marks each field named by the violation and notifies the rest; fields not named are cleared. */
    public static void show(RuleViolation violation, Map<String, ? extends HasValidation> fields) {
        Locale locale = locale();
        fields.values().forEach(f -> f.setInvalid(false));
        if (violation instanceof ValidationException v) {
            StringBuilder unplaced = new StringBuilder();
            for (FieldError e : v.errors()) {
                HasValidation field = fields.get(e.field());
                if (field != null) {
                    field.setErrorMessage(e.message(locale));
                    field.setInvalid(true);
                } else {
                    unplaced.append(e.message(locale)).append('\n');
                }
            }
            if (!unplaced.isEmpty()) {
                error(unplaced.toString().trim());
            }
            return;
        }
        error(violation.getMessage(locale));
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("problem-notification");
    }

    public static void success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Messages.DEFAULT_LOCALE : ui.getLocale();
    }
}

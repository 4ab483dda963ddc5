package org.tongguan.shell.internal;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.tongguan.core.Messages;
import org.tongguan.shell.ViewContribution;

/** Translations for every page: the shell's own texts first, then those of each contributing area. */
final class ShellI18n implements I18NProvider {
    static final Locale ENGLISH = Locale.ENGLISH;
    private final Messages own = new Messages("org.tongguan.shell.messages", ShellI18n.class.getClassLoader());
    private final Contributions contributions;

    ShellI18n(Contributions contributions) {
        this.contributions = contributions;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Messages.DEFAULT_LOCALE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String text = own.find(key, locale) == null ? null : own.get(key, locale, params);
        if (text != null) {
            return text;
        }
        for (ViewContribution c : contributions.pages()) {
            if (c.messages().find(key, locale) != null) {
                return c.messages().get(key, locale, params);
            }
        }
        return key;
    }
}

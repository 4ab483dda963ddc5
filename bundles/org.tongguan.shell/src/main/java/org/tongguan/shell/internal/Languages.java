package org.tongguan.shell.internal;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.tongguan.core.Messages;

/**
 * Which of the two languages a page speaks: the signed-in user's setting; before sign-in (and after sign-out) the
 * language last used in this browser, kept in a cookie, else the browser's Accept-Language: any Chinese → 中文, else
 * English.
 */
final class Languages {
    /** The language a user's account stores ({@code UserAccount.locale}): {@code zh_CN} or {@code en}. */
    static final String ZH = "zh_CN";
    static final String EN = "en";
    static final String COOKIE = "tongguan-lang";

    private Languages() {
    }

    /** The locale of a stored setting; null when there is none. */
    static Locale of(String setting) {
        if (setting == null || setting.isBlank()) {
            return null;
        }
        return EN.equals(setting) ? ShellI18n.ENGLISH : Messages.DEFAULT_LOCALE;
    }

    /** The stored setting of a locale. */
    static String setting(Locale locale) {
        return "en".equals(locale.getLanguage()) ? EN : ZH;
    }

    /** The language for a visitor not signed in: the cookie, else Accept-Language; zh_CN without a request. */
    static Locale ofVisitor(VaadinRequest request) {
        if (request == null) {
            return Messages.DEFAULT_LOCALE;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName()) && of(c.getValue()) != null) {
                    return of(c.getValue());
                }
            }
        }
        return ofBrowser(request.getHeader("Accept-Language"));
    }

    /** Accept-Language's first language: Chinese of any region → zh_CN, anything else → English; none → zh_CN. */
    static Locale ofBrowser(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Messages.DEFAULT_LOCALE;
        }
        try {
            var ranges = Locale.LanguageRange.parse(acceptLanguage);
            if (ranges.isEmpty()) {
                return Messages.DEFAULT_LOCALE;
            }
            String first = ranges.get(0).getRange();
            return first.equals("zh") || first.startsWith("zh-") || first.equals("*") ? Messages.DEFAULT_LOCALE
                    : ShellI18n.ENGLISH;
        } catch (IllegalArgumentException malformed) {
            return Messages.DEFAULT_LOCALE;
        }
    }

    /** Keeps {@code locale} in this browser for the sign-in page (a year; the whole site). */
    static void remember(VaadinResponse response, Locale locale) {
        if (response == null) {
            return;
        }
        Cookie c = new Cookie(COOKIE, setting(locale));
        c.setPath("/");
        c.setMaxAge(365 * 24 * 3600);
        c.setHttpOnly(true);
        response.addCookie(c);
    }
}

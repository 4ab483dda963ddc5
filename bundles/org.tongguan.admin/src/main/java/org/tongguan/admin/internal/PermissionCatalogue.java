package org.tongguan.admin.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tongguan.core.Messages;
import org.tongguan.core.security.Permissions;
import org.tongguan.shell.ViewContribution;

/**
 * The permissions a role can be given, each with a label a clerk understands: those of the platform (labels from
 * this bundle's texts), those the installed areas' pages require (label: the page's menu title) and those a role
 * already holds although no installed area asks for them any more (kept, so saving a role does not drop them).
 * Sorted by permission; {@link Permissions#ALL} is never offered.
 */
final class PermissionCatalogue {
    /** Permissions of the platform itself, offered even when no page requires them. */
    static final List<String> PLATFORM = List.of(Permissions.ENTERPRISE_VIEW, Permissions.ENTERPRISE_EDIT,
            Permissions.ADMIN_USERS, Permissions.ADMIN_ROLES, Permissions.ADMIN_AUDIT, Permissions.ADMIN_CARDS);
    static final String PLATFORM_KEY_PREFIX = "admin.permission.";
    static final String NOT_INSTALLED_KEY = "admin.permission.notInstalled";
    private static final String LABEL_SEPARATOR = " / ";
    private static final Comparator<ViewContribution> MENU_ORDER = Comparator
            .comparing(ViewContribution::menu, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(ViewContribution::order).thenComparing(ViewContribution::route);

    /** One permission and what it allows, in the asked language. */
    record Entry(String permission, String label) {
    }

    private PermissionCatalogue() {
    }

    /**
     * @param contributions the pages currently installed
     * @param held permissions already granted to the role being edited
     * @param own this bundle's texts: platform labels ({@code admin.permission.<permission>}) and the label of a
     *        held permission no installed area knows ({@code admin.permission.notInstalled}, argument: the permission)
     */
    static List<Entry> build(Collection<? extends ViewContribution> contributions, Collection<String> held,
            Messages own, Locale locale) {
        Map<String, String> labels = new TreeMap<>();
        for (String p : PLATFORM) {
            labels.put(p, own.get(PLATFORM_KEY_PREFIX + p, locale));
        }
        Map<String, Set<String>> pageTitles = new TreeMap<>();
        contributions.stream().sorted(MENU_ORDER).forEach(c -> {
            String p = c.permission();
            if (offered(p) && !labels.containsKey(p)) {
                pageTitles.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(c.messages().get(c.titleKey(), locale));
            }
        });
        pageTitles.forEach((p, titles) -> labels.put(p, String.join(LABEL_SEPARATOR, titles)));
        for (String p : held) {
            if (offered(p) && !labels.containsKey(p)) {
                labels.put(p, own.get(NOT_INSTALLED_KEY, locale, p));
            }
        }
        List<Entry> entries = new ArrayList<>(labels.size());
        labels.forEach((p, label) -> entries.add(new Entry(p, label)));
        return List.copyOf(entries);
    }

    private static boolean offered(String permission) {
        return permission != null && !permission.isBlank() && !Permissions.ALL.equals(permission);
    }
}

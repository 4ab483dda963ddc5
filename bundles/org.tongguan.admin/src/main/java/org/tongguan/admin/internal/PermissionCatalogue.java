package org.tongguan.admin.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tongguan.core.Messages;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.Permissions;
import org.tongguan.shell.ViewContribution;

/**
 * The permissions a role can be given, each with the name the platform gives it ({@link AccessPolicy#permissionNames}:
 * the platform's, the installed areas' and their document types'): every permission named, every permission an
 * installed page requires, and those a role already holds although no installed area knows them any more (kept, so
 * saving a role does not drop them). Sorted by permission; {@link Permissions#ALL} is never offered.
 */
final class PermissionCatalogue {
    static final String NOT_INSTALLED_KEY = "admin.permission.notInstalled";

    /** One permission and what it allows, in the asked language. */
    record Entry(String permission, String label) {
    }

    private PermissionCatalogue() {
    }

    /**
     * @param names the names of the permissions the platform and the installed areas define, in {@code locale}
     * @param contributions the pages currently installed
     * @param held permissions already granted to the role being edited
     * @param own this bundle's texts: the label of a held permission no installed area knows
     *        ({@code admin.permission.notInstalled}, argument: the permission)
     */
    static List<Entry> build(Map<String, String> names, Collection<? extends ViewContribution> contributions,
            Collection<String> held, Messages own, Locale locale) {
        Set<String> required = contributions.stream().map(ViewContribution::permission).collect(Collectors.toSet());
        Map<String, String> labels = new TreeMap<>();
        names.forEach((p, name) -> {
            if (offered(p)) {
                labels.put(p, name);
            }
        });
        // a page whose area names no permission: the permission itself, rather than nothing
        required.stream().filter(PermissionCatalogue::offered).forEach(p -> labels.putIfAbsent(p, p));
        for (String p : held) {
            if (offered(p)) {
                labels.putIfAbsent(p, own.get(NOT_INSTALLED_KEY, locale, p));
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

package org.tongguan.core.internal.security;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.tongguan.core.Messages;
import org.tongguan.core.security.PermissionNames;
import org.tongguan.core.security.Permissions;

/** The names of the platform's own permissions, in the core's texts ({@code permission.<permission>}). */
@Component(service = PermissionNames.class)
public class PlatformPermissionNames implements PermissionNames {
    private static final Map<String, String> KEYS = Map.of(
            Permissions.ENTERPRISE_VIEW, key(Permissions.ENTERPRISE_VIEW),
            Permissions.ENTERPRISE_EDIT, key(Permissions.ENTERPRISE_EDIT),
            Permissions.ADMIN_USERS, key(Permissions.ADMIN_USERS),
            Permissions.ADMIN_ROLES, key(Permissions.ADMIN_ROLES),
            Permissions.ADMIN_AUDIT, key(Permissions.ADMIN_AUDIT),
            Permissions.ADMIN_CARDS, key(Permissions.ADMIN_CARDS),
            Permissions.NOTICE_VIEW, key(Permissions.NOTICE_VIEW));

    private static String key(String permission) {
        return "permission." + permission;
    }

    @Override
    public Messages messages() {
        return Messages.CORE;
    }

    @Override
    public Map<String, String> keys() {
        return KEYS;
    }
}

package org.tongguan.core.security;

import java.util.List;
import java.util.Set;

/** Roles and their permissions. */
public interface RoleService {
    List<Role> list();

    /** Replaces a role's permissions (admin only); 系统管理员 always keeps every permission. */
    Role setPermissions(UserContext who, String roleCode, Set<String> permissions, long expectedVersion);
}

package org.tongguan.core.security;

import java.util.Map;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What the standard roles are given by default when an area's permissions first appear in an installation, declared
 * by the area (a {@link org.tongguan.core.declaration.DocumentType} is one; a page or a service of an area may
 * register one as an OSGi service). Each permission is given to each role once: what an administrator changes on
 * 角色管理 afterwards stands, also across restarts and updates.
 */
@ConsumerType
public interface GrantSource {
    /** Role code ({@link Role#CLERK}, {@link Role#BUSINESS} …) → the permissions it gets. */
    Map<String, Set<String>> defaultGrants();
}

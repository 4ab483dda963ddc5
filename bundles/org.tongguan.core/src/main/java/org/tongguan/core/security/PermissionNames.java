package org.tongguan.core.security;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;
import org.tongguan.core.Messages;

/**
 * The names of permissions an area defines, in its own texts, so that refusals, the role page and the audit page name
 * a permission in the user's language and never by its key. An area registers one as an OSGi service for the
 * permissions it checks besides those of its document types (the {@link AccessPolicy} names those from the types'
 * titles).
 */
@ConsumerType
public interface PermissionNames {

    /** The area's texts. */
    Messages messages();

    /** Per permission, the key of its name in {@link #messages()}, e.g. {@code ledger.balance.view} → 查看账册余量. */
    Map<String, String> keys();
}

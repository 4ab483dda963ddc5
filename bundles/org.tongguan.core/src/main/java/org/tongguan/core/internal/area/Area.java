package org.tongguan.core.internal.area;

import java.util.Set;

/**
 * A business area as the Karaf features know it: a feature that declares the {@value Areas#NAMESPACE} capability.
 *
 * @param feature the feature's name (tongguan-ledger)
 * @param description the feature's description
 * @param requires the other areas it needs, directly or through other features
 * @param installed whether Karaf has it installed
 * @param required whether an administrator asked for it (feature:install or the boot features); an area installed
 *        but not required is held only because another area needs it
 */
record Area(String feature, String description, Set<String> requires, boolean installed, boolean required) {
    Area {
        requires = Set.copyOf(requires);
    }
}

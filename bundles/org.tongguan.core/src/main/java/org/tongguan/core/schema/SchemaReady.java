package org.tongguan.core.schema;

/**
 * Registered once the schema of a bundle (manifest header {@value #HEADER}: its Liquibase changelog) is up to date,
 * with the service property {@value #BUNDLE_PROPERTY} = the bundle's symbolic name. A bundle's JPA services wait for
 * it with {@code @Reference(target = "(schema.bundle=<bsn>)")}.
 */
public interface SchemaReady {
    String HEADER = "Tongguan-Schema";
    String BUNDLE_PROPERTY = "schema.bundle";

    /** Change sets applied by this bundle's changelog in total. */
    int appliedChangeSets();
}

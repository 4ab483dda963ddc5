/**
 * File and XML primitives the bundles share: atomic writes, rate-limited complaints, data folders, safe parsing,
 * streaming .xlsx reading and writing.
 */
@org.osgi.annotation.versioning.Version("0.5.0")
package org.tongguan.core.io;

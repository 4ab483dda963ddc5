/** File and XML primitives the bundles share: atomic writes, rate-limited complaints, data folders, safe parsing. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.tongguan.core.io;

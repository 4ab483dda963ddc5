/**
 * File and XML primitives the bundles share: atomic writes, the e-port folders' complete-file rule, the scanners'
 * pump, rate-limited complaints, data folders, safe parsing, streaming .xlsx reading and writing.
 */
@org.osgi.annotation.versioning.Version("0.5.0")
package org.tongguan.core.io;

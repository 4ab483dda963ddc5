@org.osgi.annotation.versioning.Version("0.5.0")
package org.tongguan.core.security;

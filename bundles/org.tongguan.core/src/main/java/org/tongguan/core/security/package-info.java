@org.osgi.annotation.versioning.Version("0.4.0")
package org.tongguan.core.security;

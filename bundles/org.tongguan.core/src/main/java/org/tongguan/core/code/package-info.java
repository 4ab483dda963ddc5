@org.osgi.annotation.versioning.Version("0.2.0")
package org.tongguan.core.code;

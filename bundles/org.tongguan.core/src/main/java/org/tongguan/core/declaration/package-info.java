/** Declaration documents of every area: their descriptions, the one lifecycle and the one document service. */
@org.osgi.annotation.versioning.Version("0.8.0")
package org.tongguan.core.declaration;

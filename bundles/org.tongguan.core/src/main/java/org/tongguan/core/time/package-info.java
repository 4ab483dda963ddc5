/** How the product shows dates and times: one time zone setting and one way of writing a date. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.tongguan.core.time;

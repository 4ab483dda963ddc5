/** Printing documents: a {@code PrintLayout} describes what to print, a {@code Printer} turns it into a PDF. */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.tongguan.core.print;

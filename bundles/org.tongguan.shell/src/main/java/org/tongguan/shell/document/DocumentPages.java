package org.tongguan.shell.document;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.tongguan.core.code.CodeTables;
import org.tongguan.core.customs.Signer;
import org.tongguan.core.declaration.DocumentService;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.print.Printer;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.UserService;
import org.tongguan.core.time.TimeDisplay;

/**
 * The services the document pages work with, registered by the shell; an area's page contribution references it and
 * passes it to its pages.
 */
@ProviderType
public interface DocumentPages {
    DocumentService documents();

    CodeTables codes();

    EnterpriseRegistry enterprises();

    AccessPolicy policy();

    UserService users();

    /** How dates and times are shown (the product's one time zone and date format), on screen and on paper. */
    TimeDisplay time();

    /** The signer whose cards 申报 offers, if one is installed. */
    Optional<Signer> signer();

    /** The PDF printer behind 打印, if installed. */
    Optional<Printer> printer();
}

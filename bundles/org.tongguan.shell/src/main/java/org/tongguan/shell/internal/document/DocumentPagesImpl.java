package org.tongguan.shell.internal.document;

import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tongguan.core.code.CodeTables;
import org.tongguan.core.customs.Signer;
import org.tongguan.core.declaration.DocumentService;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.print.Printer;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.UserService;
import org.tongguan.core.time.TimeDisplay;
import org.tongguan.shell.document.DocumentPages;

@Component(service = DocumentPages.class)
public class DocumentPagesImpl implements DocumentPages {
    private final DocumentService documents;
    private final CodeTables codes;
    private final EnterpriseRegistry enterprises;
    private final AccessPolicy policy;
    private final UserService users;
    private final TimeDisplay time;
    // the highest-ranked one, rebound when a better one appears
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Signer signer;
    // the highest-ranked one, rebound when a better one appears
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Printer printer;

    @Activate
    public DocumentPagesImpl(@Reference DocumentService documents, @Reference CodeTables codes,
            @Reference EnterpriseRegistry enterprises, @Reference AccessPolicy policy, @Reference UserService users,
            @Reference TimeDisplay time) {
        this.documents = documents;
        this.codes = codes;
        this.enterprises = enterprises;
        this.policy = policy;
        this.users = users;
        this.time = time;
    }

    @Override
    public DocumentService documents() {
        return documents;
    }

    @Override
    public CodeTables codes() {
        return codes;
    }

    @Override
    public EnterpriseRegistry enterprises() {
        return enterprises;
    }

    @Override
    public AccessPolicy policy() {
        return policy;
    }

    @Override
    public UserService users() {
        return users;
    }

    @Override
    public TimeDisplay time() {
        return time;
    }

    @Override
    public Optional<Signer> signer() {
        return Optional.ofNullable(signer);
    }

    @Override
    public Optional<Printer> printer() {
        return Optional.ofNullable(printer);
    }
}

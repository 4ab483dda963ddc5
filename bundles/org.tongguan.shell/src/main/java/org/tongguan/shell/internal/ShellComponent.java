package org.tongguan.shell.internal;

import jakarta.servlet.Servlet;
import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.UserService;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.shell.HeaderContribution;
import org.tongguan.shell.MenuContribution;
import org.tongguan.core.time.TimeDisplay;
import org.tongguan.shell.ViewContribution;
import org.tongguan.shell.document.DocumentPages;
import org.tongguan.shell.internal.document.TypePage;

/**
 * Registers the Vaadin servlet on the HTTP whiteboard and follows the areas' pages, menu nodes and header items as they
 * come and go.
 */
@Component(immediate = true, service = {})
public class ShellComponent {
    private static final Logger LOG = LoggerFactory.getLogger(ShellComponent.class);
    private final Contributions contributions = new Contributions();
    private final ServiceRegistration<Servlet> registration;
    private final BundleContext context;
    private final DocumentPages documentPages;
    /** The pages each document type lists, registered as contributions like any other page. */
    private final Map<DocumentType, List<ServiceRegistration<ViewContribution>>> typePages = new ConcurrentHashMap<>();

    @Activate
    public ShellComponent(BundleContext context, @Reference UserService users, @Reference AccessPolicy policy,
            @Reference TimeDisplay time, @Reference ConfigurationAdmin configAdmin, @Reference DocumentPages documentPages) {
        this.context = context;
        this.documentPages = documentPages;
        Shell shell = new Shell(contributions, users, policy, new ShellI18n(contributions), time);
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("osgi.http.whiteboard.servlet.pattern", "/*");
        p.put("osgi.http.whiteboard.servlet.name", "tongguan-shell");
        p.put("osgi.http.whiteboard.servlet.asyncSupported", Boolean.TRUE);
        p.put("servlet.init.productionMode", "true");
        p.put("servlet.init.closeIdleSessions", "true");
        p.put("servlet.init.heartbeatInterval", "60");
        registration = context.registerService(Servlet.class, new ShellServlet(shell), p);
        String line = "通关 Tongguan 已启动，请在浏览器打开 / open " + address(configAdmin);
        System.out.println(line);
        LOG.info(line);
    }

    @Deactivate
    void deactivate() {
        typePages.values().forEach(pages -> pages.forEach(ServiceRegistration::unregister));
        typePages.clear();
        registration.unregister();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContribution(ViewContribution c) {
        contributions.add(c);
    }

    void removeContribution(ViewContribution c) {
        contributions.remove(c);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addMenu(MenuContribution m) {
        contributions.add(m);
    }

    void removeMenu(MenuContribution m) {
        contributions.remove(m);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHeader(HeaderContribution h) {
        contributions.add(h);
    }

    void removeHeader(HeaderContribution h) {
        contributions.remove(h);
    }

    /**
     * A document type's pages come and go with it (pages as data, no page classes): each is registered as a
     * {@link ViewContribution}, so it reaches this shell and whoever else follows the pages (the roles page learns
     * their permissions) the one way pages do.
     */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addType(DocumentType t) {
        typePages.put(t, TypePage.of(documentPages, t).stream()
                .map(p -> context.registerService(ViewContribution.class, p, null)).toList());
    }

    void removeType(DocumentType t) {
        List<ServiceRegistration<ViewContribution>> pages = typePages.remove(t);
        if (pages != null) {
            pages.forEach(ServiceRegistration::unregister);
        }
    }

    private static String address(ConfigurationAdmin configAdmin) {
        String host = "localhost";
        Object port = "8181";
        try {
            Configuration[] found = configAdmin.listConfigurations("(service.pid=org.ops4j.pax.web)");
            Dictionary<String, Object> props = found == null ? null : found[0].getProperties();
            if (props != null) {
                port = props.get("org.osgi.service.http.port") == null ? port : props.get("org.osgi.service.http.port");
                Object addr = props.get("org.ops4j.pax.web.listening.addresses");
                if (addr != null && !"0.0.0.0".equals(addr.toString())) {
                    host = addr.toString().split(",")[0].trim();
                }
            }
        } catch (IOException | org.osgi.framework.InvalidSyntaxException e) {
            LOG.debug("no web configuration", e);
        }
        return "http://" + host + ":" + port + "/";
    }
}

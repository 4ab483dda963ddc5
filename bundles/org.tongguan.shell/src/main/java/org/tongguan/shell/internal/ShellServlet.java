package org.tongguan.shell.internal;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;
import org.tongguan.core.Messages;

/**
 * Vaadin inside OSGi: no ServletContainerInitializer runs for a whiteboard servlet, so this servlet creates Vaadin's
 * Lookup itself, gives Vaadin a class loader that sees the Vaadin bundle (where the pre-compiled frontend lives) and
 * then the shell, and runs every request with it as context class loader.
 */
final class ShellServlet extends VaadinServlet {
    private static final long serialVersionUID = 1L;
    private static final ClassLoader VAADIN_LOADER = VaadinServlet.class.getClassLoader();

    private final transient Shell shell;
    private transient Set<String> inheritedAttributes = Set.of();
    private transient ServletContext context;
    private final transient ClassLoader appLoader = new ClassLoader(VAADIN_LOADER) {
        private final ClassLoader own = ShellServlet.class.getClassLoader();

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            return own.loadClass(name);
        }

        @Override
        protected URL findResource(String name) {
            return own.getResource(name);
        }

        @Override
        protected Enumeration<URL> findResources(String name) throws IOException {
            return own.getResources(name);
        }
    };

    ShellServlet(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        context = config.getServletContext();
        inheritedAttributes = Set.copyOf(Collections.list(context.getAttributeNames()));
        withLoader(() -> {
            VaadinServletContext ctx = new VaadinServletContext(config.getServletContext());
            if (ctx.getAttribute(Lookup.class) == null) {
                new LookupInitializer().initialize(ctx, new HashMap<>(), lookup -> ctx.setAttribute(Lookup.class, lookup));
            }
            super.init(config);
            return null;
        });
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new VaadinServletService(this, configuration) {
            private static final long serialVersionUID = 1L;

            @Override
            protected Instantiator createInstantiator() {
                return new ShellInstantiator(this, shell);
            }

            /** A Vaadin session of the servlet before this one (the shell was updated): see {@link SignedIn}. */
            @Override
            protected VaadinSession loadSession(WrappedSession http) {
                VaadinSession found = readFromHttpSession(http);
                if (found != null && found.getService() != null && found.getService() != this) {
                    SignedIn.carryOver(found, http);
                    removeFromHttpSession(http);
                    return null;
                }
                return super.loadSession(http);
            }
        };
        service.addSessionInitListener(e -> SignedIn.takeOver(e.getSession(), e.getRequest().getWrappedSession()));
        service.setClassLoader(appLoader);
        service.init();
        return service;
    }

    @Override
    protected void servletInitialized() throws ServletException {
        super.servletInitialized();
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(getService().getContext());
        Routes.registerShellRoutes(registry);
        registry.setErrorNavigationTargets(Set.of(RouteGoneView.class));
        shell.contributions().attach(registry);
        getService().addUIInitListener(e -> Guard.install(e.getUI(), shell));
        getService().setSystemMessagesProvider(info -> systemMessages(Messages.supported(info.getLocale())));
    }

    /** Vaadin's own notices (an expired session, e.g. after the shell was updated; an internal error) in the clerk's language. */
    private CustomizedSystemMessages systemMessages(Locale locale) {
        CustomizedSystemMessages m = new CustomizedSystemMessages();
        m.setSessionExpiredCaption(shell.i18n().getTranslation("shell.sessionExpired", locale));
        m.setSessionExpiredMessage(shell.i18n().getTranslation("shell.sessionExpired.detail", locale));
        m.setInternalErrorCaption(shell.i18n().getTranslation("shell.internalError", locale));
        m.setInternalErrorMessage(shell.i18n().getTranslation("shell.internalError.detail", locale));
        m.setCookiesDisabledCaption(shell.i18n().getTranslation("shell.cookiesDisabled", locale));
        m.setCookiesDisabledMessage(shell.i18n().getTranslation("shell.cookiesDisabled.detail", locale));
        return m;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        ClassLoader old = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(appLoader);
        try {
            super.service(req, resp);
        } finally {
            Thread.currentThread().setContextClassLoader(old);
        }
    }

    /**
     * The servlet context outlives the servlet (it is the HTTP whiteboard's default context), and Vaadin keeps its
     * application state there: the route registry with the shell's classes, the lookup. When the shell is updated or
     * refreshed, the next servlet comes from a new class loader; left there, that state would name the old classes
     * beside the new ones ("Only one target for an exception should be defined"). So what Vaadin put there goes with
     * the servlet that put it.
     */
    @Override
    public void destroy() {
        shell.contributions().detach();
        super.destroy();
        ServletContext ctx = context;
        if (ctx == null) {
            return;
        }
        for (String name : Collections.list(ctx.getAttributeNames())) {
            if (!inheritedAttributes.contains(name)) {
                ctx.removeAttribute(name);
            }
        }
    }

    private interface Work {
        Object run() throws Exception;
    }

    private void withLoader(Work work) throws ServletException {
        ClassLoader old = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(appLoader);
        try {
            work.run();
        } catch (ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        } finally {
            Thread.currentThread().setContextClassLoader(old);
        }
    }
}

package org.tongguan.shell.internal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tongguan.core.Messages;
import org.tongguan.core.security.UserContext;
import org.tongguan.shell.CurrentUser;
import org.tongguan.shell.HeaderContribution;
import org.tongguan.shell.ViewContribution;

/**
 * The frame around every page: the side menu of the installed areas (grouped, collapsible), the open pages as
 * tabs, the items areas put in the header, and the user menu. It polls the shell every {@value #POLL_MS} ms; when an area was started, stopped,
 * updated or removed it rebuilds the menu, and an open page of a removed area says so instead of failing.
 */
@StyleSheet("context://branding/tongguan.css")
public final class MainLayout extends AppLayout implements AfterNavigationObserver {
    static final int POLL_MS = 2000;
    private final Shell shell;
    private final SideNav menu = new SideNav();
    private final Tabs tabs = new Tabs();
    private final Map<String, Tab> tabByRoute = new LinkedHashMap<>();
    private final Div page = new Div();
    /** The items areas put in the header ({@link HeaderContribution}), rebuilt when the areas change. */
    private final HorizontalLayout headerItems = new HorizontalLayout();
    private long shownRevision = -1;
    private boolean selecting;
    private String currentRoute;
    /** The open page's area went away and the page shows the notice instead. */
    private boolean showingGone;
    private Registration pollRegistration;
    /** What the router put in the page last (the notice of a gone area may stand in for it). */
    private HasElement shown;

    MainLayout(Shell shell) {
        this.shell = shell;
        setPrimarySection(Section.DRAWER);
        headerItems.setId("header-items");
        headerItems.addClassName("tg-header-items");
        headerItems.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        addToNavbar(new DrawerToggle(), brand(), spacer(), headerItems, userMenu());
        menu.setId("shell-menu");
        menu.addClassName("tg-menu");
        addToDrawer(menu);

        tabs.setId("page-tabs");
        tabs.addClassName("tg-page-tabs");
        tabs.addSelectedChangeListener(e -> {
            if (!selecting && e.isFromClient() && e.getSelectedTab() != null) {
                routeOf(e.getSelectedTab()).ifPresent(r -> UI.getCurrent().navigate(r));
            }
        });
        Tab home = new Tab(new Span(getTranslation("shell.home")));
        home.setId("tab-home");
        tabByRoute.put(Routes.HOME, home);
        tabs.add(home);
        Button closeOthers = new Button(getTranslation("tabs.closeOthers"), e -> closeOthers());
        closeOthers.setId("tabs-close-others");
        closeOthers.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button closeAll = new Button(getTranslation("tabs.closeAll"), e -> closeAll());
        closeAll.setId("tabs-close-all");
        closeAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout tabBar = new HorizontalLayout(tabs, closeOthers, closeAll);
        tabBar.setFlexGrow(1, tabs);
        tabBar.setWidthFull();
        tabBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        tabBar.addClassName("tg-tab-bar");
        page.addClassName("tg-page");
        page.setId("page");
        Div content = new Div(tabBar, page);
        content.addClassName("tg-content");
        setContent(content);
    }

    private Div brand() {
        Image logo = new Image("/branding/logo.svg", getTranslation("app.name"));
        logo.addClassName("tg-logo");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("tg-app-name");
        Div brand = new Div(logo, name);
        brand.addClassName("tg-brand");
        return brand;
    }

    private static Div spacer() {
        Div d = new Div();
        d.getStyle().set("flex-grow", "1");
        return d;
    }

    private MenuBar userMenu() {
        UserContext user = CurrentUser.get();
        MenuBar bar = new MenuBar();
        bar.setId("user-menu");
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        MenuItem root = bar.addItem(user.username() + " ▾");
        root.setId("user-menu-root");
        SubMenu sub = root.getSubMenu();
        boolean english = "en".equals(getLocale().getLanguage());
        MenuItem zh = sub.addItem(getTranslation("language.zh_CN"), e -> switchLanguage(Messages.DEFAULT_LOCALE));
        zh.setId("menu-lang-zh");
        zh.setCheckable(true);
        zh.setChecked(!english);
        MenuItem en = sub.addItem(getTranslation("language.en"), e -> switchLanguage(ShellI18n.ENGLISH));
        en.setId("menu-lang-en");
        en.setCheckable(true);
        en.setChecked(english);
        sub.addSeparator();
        sub.addItem(getTranslation("user.changePassword"), e -> changePassword()).setId("menu-change-password");
        sub.addItem(getTranslation("user.stamp"), e -> new StampDialog(shell.users()).open()).setId("menu-stamp");
        sub.addItem(getTranslation("user.logout"), e -> logout()).setId("menu-logout");
        return bar;
    }

    private void switchLanguage(Locale locale) {
        VaadinSession.getCurrent().setAttribute(SignedIn.LOCALE, locale);
        shell.users().setLocale(CurrentUser.get(), Languages.setting(locale));
        Languages.remember(VaadinService.getCurrentResponse(), locale);
        UI.getCurrent().getPage().reload();
    }

    private void changePassword() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("password.title"));
        d.add(new ChangePasswordForm(shell, d::close));
        d.open();
    }

    private void logout() {
        UI ui = UI.getCurrent();
        VaadinSession.getCurrent().getSession().invalidate();
        ui.getPage().setLocation("/" + Routes.LOGIN);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        shown = content;
        page.removeAll();
        if (content != null) {
            page.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        currentRoute = event.getLocation().getPath();
        if (showingGone) {
            // to another page of the same route target, which Vaadin does not hand over again
            showRouterLayoutContent(shown);
        }
        showingGone = false;
        Tab tab = tabByRoute.get(currentRoute);
        Optional<ViewContribution> c = shell.contributions().byRoute(currentRoute);
        if (tab == null && c.isPresent()) {
            tab = newTab(c.get());
        }
        if (tab != null) {
            selecting = true;
            tabs.setSelectedTab(tab);
            selecting = false;
        }
        refreshMenu(false);
    }

    private Tab newTab(ViewContribution c) {
        Span title = new Span(c.messages().get(c.titleKey(), getLocale()));
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> close(c.route()));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        close.getElement().setAttribute("aria-label", getTranslation("tabs.close"));
        close.setId("tab-close-" + c.route().replace('/', '-'));
        Tab tab = new Tab(title, close);
        tab.setId("tab-" + c.route().replace('/', '-'));
        tabByRoute.put(c.route(), tab);
        tabs.add(tab);
        return tab;
    }

    private Optional<String> routeOf(Tab tab) {
        return tabByRoute.entrySet().stream().filter(e -> e.getValue() == tab).map(Map.Entry::getKey).findFirst();
    }

    private void close(String route) {
        Tab tab = tabByRoute.remove(route);
        if (tab == null) {
            return;
        }
        List<String> routes = new ArrayList<>(tabByRoute.keySet());
        tabs.remove(tab);
        ShellInstantiator.OpenPages.of(UI.getCurrent()).close(route);
        if (route.equals(currentRoute)) {
            UI.getCurrent().navigate(routes.get(routes.size() - 1));
        }
    }

    private void closeOthers() {
        for (String route : new ArrayList<>(tabByRoute.keySet())) {
            if (!route.equals(currentRoute) && !route.equals(Routes.HOME)) {
                close(route);
            }
        }
    }

    private void closeAll() {
        for (String route : new ArrayList<>(tabByRoute.keySet())) {
            if (!route.equals(Routes.HOME)) {
                close(route);
            }
        }
        UI.getCurrent().navigate(Routes.HOME);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval(POLL_MS);
        pollRegistration = event.getUI().addPollListener(this::onPoll);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    private void onPoll(PollEvent e) {
        refreshMenu(true);
    }

    /** Rebuilds the menu when the set of areas changed, and tells the clerk when the open page's area went away. */
    private void refreshMenu(boolean fromPoll) {
        long revision = shell.contributions().revision();
        if (revision == shownRevision) {
            return;
        }
        shownRevision = revision;
        buildMenu();
        buildHeaderItems();
        for (Map.Entry<String, Tab> t : tabByRoute.entrySet()) {
            boolean gone = !t.getKey().equals(Routes.HOME) && shell.contributions().byRoute(t.getKey()).isEmpty();
            t.getValue().getElement().getClassList().set("tg-tab-gone", gone);
        }
        boolean areaPresent = currentRoute != null && shell.contributions().byRoute(currentRoute).isPresent();
        if (showingGone && areaPresent) {
            // the area is back (started, updated, reinstalled): show its page again
            showingGone = false;
            UI.getCurrent().refreshCurrentRoute(false);
            return;
        }
        if (fromPoll && currentRoute != null && !currentRoute.equals(Routes.HOME) && !areaPresent) {
            showingGone = true;
            ShellInstantiator.OpenPages.of(UI.getCurrent()).close(currentRoute);
            H2 title = new H2(getTranslation("shell.moduleGone"));
            title.setId("route-gone");
            Div gone = new Div(title, new Paragraph(getTranslation("shell.moduleGone.detail", currentRoute)));
            gone.addClassName("tg-gone");
            page.removeAll();
            page.add(gone);
        }
    }

    private void buildMenu() {
        menu.removeAll();
        UserContext user = CurrentUser.get();
        SideNavItem home = new SideNavItem(getTranslation("shell.home"), "");
        home.setPrefixComponent(VaadinIcon.HOME.create());
        menu.addItem(home);
        MenuTree tree = shell.contributions().menu(c -> shell.policy().permits(user, c.permission()));
        for (MenuTree.Entry e : tree.top()) {
            menu.addItem(item(e));
        }
    }

    private void buildHeaderItems() {
        headerItems.removeAll();
        UserContext user = CurrentUser.get();
        for (HeaderContribution h : shell.contributions().headers()) {
            if (shell.policy().permits(user, h.permission())) {
                headerItems.add(h.createItem());
            }
        }
    }

    /** A menu entry: a page, or a node (expanded) with its entries. */
    private SideNavItem item(MenuTree.Entry e) {
        Locale locale = getLocale();
        if (e instanceof MenuTree.Page p) {
            ViewContribution c = p.page();
            SideNavItem item = labelled(new SideNavItem(null, c.route()), c.messages().get(c.titleKey(), locale));
            item.setId("menu-" + c.route().replace('/', '-'));
            return item;
        }
        MenuTree.Group g = (MenuTree.Group) e;
        SideNavItem item = labelled(new SideNavItem(null), g.titled().title(locale));
        item.setExpanded(true);
        item.setId("menu-group-" + g.titled().node().id().replace('.', '-'));
        for (MenuTree.Entry child : g.entries()) {
            item.addItem(item(child));
        }
        return item;
    }

    /**
     * Gives {@code item} its whole label: the side menu cuts its own label at one line with an ellipsis, and English
     * titles ("Bonded verification list (import) query") differ only at their end; an element of ours may wrap.
     */
    private static SideNavItem labelled(SideNavItem item, String label) {
        Span text = new Span(label);
        text.addClassName("tg-menu-label");
        item.getElement().appendChild(text.getElement());
        item.getElement().setAttribute("title", label);
        return item;
    }
}

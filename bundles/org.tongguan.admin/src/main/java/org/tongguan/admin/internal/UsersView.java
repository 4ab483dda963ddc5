package org.tongguan.admin.internal;

import java.util.function.Supplier;
import org.tongguan.core.customs.CardMedium;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.time.TimeDisplay;
import org.tongguan.core.security.Permissions;
import org.tongguan.core.security.Role;
import org.tongguan.core.security.RoleService;
import org.tongguan.core.security.UserAccount;
import org.tongguan.core.security.UserService;
import org.tongguan.shell.CurrentUser;
import org.tongguan.shell.MasterDetail;
import org.tongguan.shell.Problems;
import org.tongguan.shell.SearchField;

/** 用户管理: every user with roles, enterprises and state; a form to add or change one. */
public class UsersView extends VerticalLayout {
    private final UserService users;
    private final RoleService roles;
    private final EnterpriseRegistry enterprises;
    private final AccessPolicy policy;
    private final TimeDisplay time;
    private final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
    private final SearchField filter = new SearchField("user-filter", getTranslation("admin.users.filter"),
            this::showFiltered);
    private final UserForm form;
    private final Map<String, Role> rolesByCode = new HashMap<>();
    private List<UserAccount> all = List.of();

    /** The card media users may be bound to (those the signer has). */
    private final Supplier<List<CardMedium>> cards;

    public UsersView(UserService users, RoleService roles, EnterpriseRegistry enterprises, AccessPolicy policy,
            TimeDisplay time, Supplier<List<CardMedium>> cards) {
        this.cards = cards;
        this.users = users;
        this.time = time;
        this.roles = roles;
        this.enterprises = enterprises;
        this.policy = policy;
        this.form = new UserForm(this::save, this::resetPassword, this::unlock, this::closeForm);
        addClassName("tg-users-view");
        setSizeFull();
        configureGrid();
        add(new H2(getTranslation("admin.users.title")), toolbar(), new MasterDetail(grid, form));
        closeForm();
        refresh();
    }

    private void configureGrid() {
        grid.setId("user-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(UserAccount::getUsername).setHeader(getTranslation("admin.users.field.username"))
                .setKey("username").setAutoWidth(true).setSortable(true);
        grid.addColumn(UserAccount::getDisplayName).setHeader(getTranslation("admin.users.field.displayName"))
                .setKey("displayName").setAutoWidth(true).setSortable(true);
        grid.addColumn(this::roleNames).setHeader(getTranslation("admin.users.field.roles"))
                .setKey("roles").setFlexGrow(1);
        grid.addColumn(u -> String.join(", ", new TreeSet<>(u.getEnterprises())))
                .setHeader(getTranslation("admin.users.field.enterprises")).setKey("enterprises").setFlexGrow(2);
        grid.addColumn(this::state).setHeader(getTranslation("admin.users.state")).setKey("state")
                .setAutoWidth(true);
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
    }

    private HorizontalLayout toolbar() {
        Button add = new Button(getTranslation("admin.users.add"), VaadinIcon.PLUS.create(), e -> {
            grid.asSingleSelect().clear();
            openForm(new UserAccount());
        });
        add.setId("user-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(filter, add);
        bar.addClassName("tg-toolbar");
        return bar;
    }

    /** Reloads users, roles and enterprises from the services. */
    private void refresh() {
        rolesByCode.clear();
        List<Role> allRoles = roles.list();
        allRoles.forEach(r -> rolesByCode.put(r.getCode(), r));
        // an administrator of users only, who may not see the registry, still sees the bound codes (without names)
        boolean mayListEnterprises = policy.permits(CurrentUser.get(), Permissions.ENTERPRISE_VIEW);
        form.setChoices(allRoles, mayListEnterprises ? enterprises.list(CurrentUser.get(), "") : List.of(),
                cards.get());
        all = users.list(CurrentUser.get());
        showFiltered();
    }

    private void showFiltered() {
        String f = filter.getValue() == null ? "" : filter.getValue().trim().toLowerCase(Locale.ROOT);
        List<UserAccount> shown = new ArrayList<>();
        for (UserAccount u : all) {
            if (f.isEmpty() || contains(u.getUsername(), f) || contains(u.getDisplayName(), f)) {
                shown.add(u);
            }
        }
        grid.setItems(shown);
    }

    private static boolean contains(String value, String lowerCaseFilter) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerCaseFilter);
    }

    private String roleNames(UserAccount u) {
        return u.getRoles().stream().sorted().map(code -> {
            Role r = rolesByCode.get(code);
            return r == null ? code : r.name(getLocale());
        }).collect(Collectors.joining(Messages.CORE.get("list.separator.items", getLocale())));
    }

    private String state(UserAccount u) {
        if (!u.isEnabled()) {
            return getTranslation("admin.users.state.disabled");
        }
        Instant lockedUntil = u.getLockedUntil();
        if (lockedUntil != null && lockedUntil.isAfter(Instant.now())) {
            return getTranslation("admin.users.state.locked", time.time(lockedUntil));
        }
        return getTranslation("admin.users.state.enabled");
    }

    /** Opens the form on a fresh copy from the service, so unsaved edits never touch the row shown. */
    private void edit(UserAccount row) {
        if (row == null) {
            closeForm();
            return;
        }
        act(() -> users.find(CurrentUser.get(), row.getId()).ifPresentOrElse(this::openForm, () -> {
            Problems.error(getTranslation("admin.users.gone", row.getUsername()));
            closeForm();
            refresh();
        }));
    }

    private void openForm(UserAccount u) {
        form.edit(u);
        form.setVisible(true);
    }

    private void closeForm() {
        form.setVisible(false);
        grid.asSingleSelect().clear();
    }

    private void save(UserAccount u) {
        try {
            if (u.getId() == null) {
                String otp = users.create(CurrentUser.get(), u);
                closeForm();
                refresh();
                new OneTimePasswordDialog(u.getUsername().trim(), otp).open();
            } else {
                UserAccount saved = users.update(CurrentUser.get(), u);
                Problems.success(getTranslation("admin.users.saved", saved.getUsername()));
                closeForm();
                refresh();
            }
        } catch (RuleViolation v) {
            form.showProblem(v);
        }
    }

    private void resetPassword(UserAccount u) {
        act(() -> {
            String otp = users.resetPassword(CurrentUser.get(), u.getUsername());
            reopen(u);
            new OneTimePasswordDialog(u.getUsername(), otp).open();
        });
    }

    private void unlock(UserAccount u) {
        act(() -> {
            users.unlock(CurrentUser.get(), u.getUsername());
            reopen(u);
            Problems.success(getTranslation("admin.users.unlocked", u.getUsername()));
        });
    }

    /** After a change made outside the form: reload the list and show the user's current state (and version). */
    private void reopen(UserAccount u) {
        refresh();
        all.stream().filter(x -> x.getId().equals(u.getId())).findFirst().ifPresentOrElse(x -> {
            if (grid.getListDataView().contains(x)) {
                grid.select(x);
            } else {
                edit(x);
            }
        }, this::closeForm);
    }

    /** Runs a service call; a broken rule is shown next to the form's fields or as a notification. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation v) {
            form.showProblem(v);
        }
    }
}

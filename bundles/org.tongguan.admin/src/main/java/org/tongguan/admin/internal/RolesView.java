package org.tongguan.admin.internal;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.security.Role;
import org.tongguan.core.security.RoleService;
import org.tongguan.shell.CurrentUser;
import org.tongguan.shell.MasterDetail;
import org.tongguan.shell.Problems;

/** 角色管理: the roles, and for the selected one the permissions it grants. */
public class RolesView extends VerticalLayout {
    private final RoleService roles;
    private final BiFunction<Collection<String>, Locale, List<PermissionCatalogue.Entry>> catalogue;
    private final Grid<Role> grid = new Grid<>(Role.class, false);
    private final RolePermissionsForm form;

    /**
     * @param catalogue the permissions a role may be given now, given those it holds, labelled in a language
     */
    public RolesView(RoleService roles,
            BiFunction<Collection<String>, Locale, List<PermissionCatalogue.Entry>> catalogue) {
        this.roles = roles;
        this.catalogue = catalogue;
        this.form = new RolePermissionsForm(this::save, this::closeForm);
        addClassName("tg-roles-view");
        setSizeFull();
        configureGrid();
        add(new H2(getTranslation("admin.roles.title")), new MasterDetail(grid, form));
        closeForm();
        refresh();
    }

    private void configureGrid() {
        grid.setId("role-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(Role::getCode).setHeader(getTranslation("admin.roles.field.code")).setKey("code")
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(r -> r.name(getLocale())).setHeader(getTranslation("admin.roles.field.name")).setKey("name")
                .setFlexGrow(1).setSortable(true);
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
    }

    private void refresh() {
        grid.setItems(roles.list());
    }

    private void edit(Role role) {
        if (role == null) {
            closeForm();
            return;
        }
        form.edit(role, catalogue.apply(role.getPermissions(), getLocale()));
        form.setVisible(true);
    }

    private void closeForm() {
        form.setVisible(false);
        grid.asSingleSelect().clear();
    }

    private void save(Role role, Set<String> permissions) {
        try {
            Role saved = roles.setPermissions(CurrentUser.get(), role.getCode(), permissions, role.getVersion());
            Problems.success(getTranslation("admin.roles.saved", saved.name(getLocale())));
            refresh();
            grid.getListDataView().getItems().filter(r -> r.getCode().equals(saved.getCode())).findFirst()
                    .ifPresentOrElse(grid::select, this::closeForm);
        } catch (RuleViolation v) {
            form.showProblem(v);
        }
    }
}

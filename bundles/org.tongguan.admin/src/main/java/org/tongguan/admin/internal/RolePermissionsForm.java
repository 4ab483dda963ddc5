package org.tongguan.admin.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.security.Role;
import org.tongguan.shell.Problems;

/** The permissions of one role, chosen from the catalogue; 系统管理员 is shown as holding all of them. */
class RolePermissionsForm extends VerticalLayout {
    private final H3 title = new H3();
    private final Span allPermissions = new Span();
    private final CheckboxGroup<String> permissions = new CheckboxGroup<>();
    private final Button save = new Button();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private Role editing;

    RolePermissionsForm(BiConsumer<Role, Set<String>> onSave, Runnable onCancel) {
        setId("role-form");
        addClassName("tg-form");
        setPadding(false);
        allPermissions.setId("role-all-permissions");
        allPermissions.setText(getTranslation("admin.roles.allPermissions"));
        allPermissions.getStyle().set("font-weight", "600");
        permissions.setId("role-permissions");
        permissions.setLabel(getTranslation("admin.roles.permissions"));
        permissions.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        permissions.setItemLabelGenerator(p -> getTranslation("admin.roles.permission.item", labels.getOrDefault(p, p), p));
        save.setText(getTranslation("admin.save"));
        save.setId("role-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> onSave.accept(editing, new HashSet<>(permissions.getValue())));
        Button cancel = new Button(getTranslation("admin.cancel"), e -> onCancel.run());
        cancel.setId("role-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(title, allPermissions, permissions, new HorizontalLayout(save, cancel));
    }

    /** Shows {@code role} with the permissions it may be given now. */
    void edit(Role role, List<PermissionCatalogue.Entry> catalogue) {
        editing = role;
        boolean admin = Role.ADMIN.equals(role.getCode());
        title.setText(role.name(getLocale()));
        labels.clear();
        catalogue.forEach(e -> labels.put(e.permission(), e.label()));
        permissions.setItems(labels.keySet());
        permissions.setValue(admin ? Set.of() : Set.copyOf(role.getPermissions().stream()
                .filter(labels::containsKey).toList()));
        permissions.setInvalid(false);
        allPermissions.setVisible(admin);
        permissions.setVisible(!admin);
        save.setVisible(!admin);
    }

    void showProblem(RuleViolation v) {
        Problems.show(v, Map.of("permissions", permissions));
    }
}

package org.tongguan.enterprise.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.enterprise.Enterprise;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.time.TimeDisplay;
import org.tongguan.core.security.Permissions;
import org.tongguan.shell.CurrentUser;
import org.tongguan.shell.MasterDetail;
import org.tongguan.shell.Problems;
import org.tongguan.shell.SearchField;

/** 企业信息: the enterprises this user may see, a filter, and a form to add or change one. */
public class EnterpriseView extends VerticalLayout {
    private final EnterpriseRegistry registry;
    private final TimeDisplay time;
    private final Grid<Enterprise> grid = new Grid<>(Enterprise.class, false);
    private final SearchField filter = new SearchField("enterprise-filter", getTranslation("enterprise.filter"),
            this::refresh);
    private final EnterpriseForm form;

    public EnterpriseView(EnterpriseRegistry registry, AccessPolicy policy, TimeDisplay time) {
        this.time = time;
        this.registry = registry;
        this.form = new EnterpriseForm(this::save, this::closeForm);
        addClassName("tg-enterprise-view");
        setSizeFull();
        boolean mayEdit = policy.permits(CurrentUser.get(), Permissions.ENTERPRISE_EDIT);
        configureGrid(mayEdit);
        add(new H2(getTranslation("enterprise.title")), toolbar(mayEdit && policy.allEnterprises(CurrentUser.get())),
                new MasterDetail(grid, form));
        closeForm();
        refresh();
    }

    private void configureGrid(boolean mayEdit) {
        grid.setId("enterprise-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(Enterprise::getCustomsCode).setHeader(getTranslation("enterprise.field.customsCode"))
                .setKey("customsCode").setAutoWidth(true).setSortable(true);
        grid.addColumn(Enterprise::getCreditCode).setHeader(getTranslation("enterprise.field.creditCode"))
                .setKey("creditCode").setAutoWidth(true);
        grid.addColumn(Enterprise::getName).setHeader(getTranslation("enterprise.field.name"))
                .setKey("name").setFlexGrow(2).setSortable(true);
        grid.addColumn(Enterprise::getAddress).setHeader(getTranslation("enterprise.field.address"))
                .setKey("address").setFlexGrow(2);
        grid.addColumn(Enterprise::getPhone).setHeader(getTranslation("enterprise.field.phone")).setKey("phone");
        grid.addColumn(e -> time.dateTime(e.getUpdatedAt())).setHeader(getTranslation("enterprise.updatedAt"))
                .setKey("updatedAt").setAutoWidth(true);
        grid.setSizeFull();
        if (mayEdit) {
            grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        }
    }

    private HorizontalLayout toolbar(boolean mayAdd) {
        Button add = new Button(getTranslation("enterprise.add"), VaadinIcon.PLUS.create(), e -> {
            grid.asSingleSelect().clear();
            edit(new Enterprise());
        });
        add.setId("enterprise-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(mayAdd);
        HorizontalLayout bar = new HorizontalLayout(filter, add);
        bar.addClassName("tg-toolbar");
        return bar;
    }

    private void refresh() {
        grid.setItems(registry.list(CurrentUser.get(), filter.getValue()));
    }

    private void edit(Enterprise e) {
        if (e == null) {
            closeForm();
            return;
        }
        form.edit(e.copy());
        form.setVisible(true);
    }

    private void closeForm() {
        form.setVisible(false);
        grid.asSingleSelect().clear();
    }

    private void save(Enterprise e) {
        try {
            Enterprise saved = registry.save(CurrentUser.get(), e);
            Problems.success(getTranslation("enterprise.saved", saved.getName()));
            closeForm();
            refresh();
        } catch (RuleViolation v) {
            form.showProblem(v);
        }
    }
}

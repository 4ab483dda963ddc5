package org.tongguan.enterprise.internal;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import java.util.function.Consumer;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.enterprise.CreditCodes;
import org.tongguan.core.enterprise.Enterprise;
import org.tongguan.shell.FormField;
import org.tongguan.shell.Problems;

/** Add or change one enterprise. Rules are the registry's; the form only shows early what the server will say. */
class EnterpriseForm extends FormLayout {
    private final TextField customsCode = field("customsCode", 10, true);
    private final TextField creditCode = field("creditCode", 18, true);
    private final TextField name = field("name", 200, true);
    private final TextField address = field("address", 200, false);
    private final TextField phone = field("phone", 30, false);
    private final H3 title = new H3();
    private final Binder<Enterprise> binder = new Binder<>(Enterprise.class);
    private final Map<String, TextField> fields = Map.of("customsCode", customsCode, "creditCode", creditCode,
            "name", name, "address", address, "phone", phone);
    private Enterprise editing;

    EnterpriseForm(Consumer<Enterprise> onSave, Runnable onCancel) {
        setId("enterprise-form");
        addClassName("tg-form");
        binder.bind(customsCode, Enterprise::getCustomsCode, Enterprise::setCustomsCode);
        binder.bind(creditCode, Enterprise::getCreditCode, Enterprise::setCreditCode);
        binder.bind(name, Enterprise::getName, Enterprise::setName);
        binder.bind(address, Enterprise::getAddress, Enterprise::setAddress);
        binder.bind(phone, Enterprise::getPhone, Enterprise::setPhone);
        creditCode.addValueChangeListener(e -> {
            String v = e.getValue() == null ? "" : e.getValue().trim().toUpperCase(java.util.Locale.ROOT);
            CreditCodes.problem(v).filter(p -> !v.isEmpty()).ifPresentOrElse(p -> {
                creditCode.setErrorMessage(p.get(getLocale()));
                creditCode.setInvalid(true);
            }, () -> creditCode.setInvalid(false));
        });

        Button save = new Button(getTranslation("enterprise.save"), e -> {
            binder.writeBeanIfValid(editing);
            onSave.accept(editing);
        });
        save.setId("enterprise-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        Button cancel = new Button(getTranslation("enterprise.cancel"), e -> onCancel.run());
        cancel.setId("enterprise-cancel");
        cancel.addClickShortcut(Key.ESCAPE);
        add(title, customsCode, creditCode, name, address, phone, new HorizontalLayout(save, cancel));
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    private TextField field(String property, int max, boolean required) {
        return FormField.text(getTranslation("enterprise.field." + property), "enterprise-" + property, max, required);
    }

    void edit(Enterprise e) {
        editing = e;
        title.setText(getTranslation(e.getId() == null ? "enterprise.add" : "enterprise.edit"));
        fields.values().forEach(f -> f.setInvalid(false));
        binder.readBean(e);
        customsCode.focus();
    }

    void showProblem(RuleViolation v) {
        Problems.show(v, fields);
    }
}

package org.tongguan.shell.document;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.tongguan.core.code.DeclarationElements;
import org.tongguan.core.code.HsCode;

/**
 * The 申报要素 helper beside 规格型号: one input per numbered element of the chosen code (required ones starred),
 * filled from the 规格型号 already there; 确定 writes 规格型号 in the customs form ({@code 0|0|…}). A required element
 * left blank is a warning (the form shows it beside 规格型号), not a refusal: 规格型号 is written all the same.
 */
final class ElementsDialog extends Dialog {
    private final DeclarationElements elements;
    private final List<TextField> inputs = new ArrayList<>();

    /** Receives 规格型号 and the required elements left blank. */
    interface Write {
        void accept(String spec, List<DeclarationElements.Element> missing);
    }

    private ElementsDialog(HsCode hs, String spec, Write write) {
        elements = hs.elements();
        setId("elements-dialog");
        setHeaderTitle(getTranslation("doc.elements.title", hs.code(), hs.nameZh()));
        setWidth("48em");
        setMaxWidth("95vw");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        List<String> values = elements.values(spec);
        for (int i = 0; i < elements.size(); i++) {
            DeclarationElements.Element e = elements.elements().get(i);
            TextField t = new TextField(e.number() + " " + e.name());
            t.setId("elements-" + e.number());
            t.setValue(values.get(i));
            t.setRequiredIndicatorVisible(e.required());
            t.setWidthFull();
            inputs.add(t);
            form.add(t);
        }
        add(form);
        Button ok = new Button(getTranslation("doc.elements.ok"), ev -> ok(write));
        ok.setId("elements-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("doc.elements.cancel"), ev -> close());
        cancel.setId("elements-cancel");
        getFooter().add(cancel, ok);
        inputs.stream().findFirst().ifPresent(TextField::focus);
    }

    private void ok(Write write) {
        List<String> values = inputs.stream().map(TextField::getValue).toList();
        boolean bad = false;
        for (TextField t : inputs) {
            boolean pipe = t.getValue().contains(DeclarationElements.SEPARATOR);
            t.setErrorMessage(pipe ? getTranslation("doc.elements.separator", t.getLabel()) : null);
            t.setInvalid(pipe);
            bad |= pipe;
        }
        if (bad) {
            return;
        }
        write.accept(elements.format(values), elements.missing(values));
        close();
    }

    static void show(HsCode hs, String spec, Write write) {
        new ElementsDialog(hs, spec, write).open();
    }
}

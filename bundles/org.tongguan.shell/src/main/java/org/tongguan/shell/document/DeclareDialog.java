package org.tongguan.shell.document;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.List;
import java.util.Map;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.shell.Problems;

/**
 * 申报 / 发送: the card medium that signs (the enterprise's cards) and its PIN; where the e-port client signs
 * ({@code clientSigns}), the card only: the client asks for its PIN.
 */
class DeclareDialog extends Dialog {
    interface Send {
        void send(String cardNo, char[] pin);
    }

    DeclareDialog(String titleKey, List<CardMedium> cards, boolean clientSigns, Send send) {
        setId("declare-dialog");
        setHeaderTitle(getTranslation(titleKey));
        ComboBox<CardMedium> card = new ComboBox<>(getTranslation("doc.declare.card"));
        card.setId("declare-card");
        card.setItems(cards);
        card.setItemLabelGenerator(c -> c.label(getLocale()));
        card.setRequiredIndicatorVisible(true);
        card.setWidthFull();
        if (cards.size() == 1) {
            card.setValue(cards.get(0));
        }
        PasswordField pin = new PasswordField(getTranslation("doc.declare.pin"));
        pin.setId("declare-pin");
        pin.setRequiredIndicatorVisible(true);
        pin.setWidthFull();
        pin.setVisible(!clientSigns);
        Button ok = new Button(getTranslation(titleKey), e -> {
            try {
                send.send(card.getValue() == null ? null : card.getValue().cardNo(), clientSigns ? null : pin.getValue().toCharArray());
                close();
            } catch (RuleViolation v) {
                Problems.show(v, Map.of("cardNo", card));
            }
        });
        ok.setId("declare-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickShortcut(Key.ENTER);
        Button cancel = new Button(getTranslation("doc.cancel"), e -> close());
        cancel.setId("declare-cancel");
        add(new VerticalLayout(card, pin));
        getFooter().add(cancel, ok);
        if (cards.size() == 1 && !clientSigns) {
            pin.focus();
        }
    }
}

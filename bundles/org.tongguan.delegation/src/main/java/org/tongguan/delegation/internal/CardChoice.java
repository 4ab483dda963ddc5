package org.tongguan.delegation.internal;

import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.customs.CardType;
import org.tongguan.core.customs.Signer;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.shell.CurrentUser;
import org.tongguan.shell.Problems;

/**
 * 当前卡介质: the card media the signed-in user holds (those the card registry knows), 法人卡 first; the page acts
 * with the one chosen, as the e-port acts with the card the clerk signed in with. The server checks it again.
 */
final class CardChoice extends ComboBox<CardMedium> {
    /** What a page needs to offer the cards. */
    record Source(AccessPolicy policy, Signer signer) {
        CardChoice choice(String id, Consumer<CardMedium> onChange) {
            return new CardChoice(id, policy, signer, onChange);
        }
    }

    CardChoice(String id, AccessPolicy policy, Signer signer, Consumer<CardMedium> onChange) {
        super();
        setLabel(getTranslation("delegation.field.card"));
        setId(id);
        setWidth("32em");
        setItemLabelGenerator(c -> c.label(getLocale()));
        Set<String> held = policy.cards(CurrentUser.get());
        List<CardMedium> cards = signer.cards().stream().filter(c -> held.contains(c.cardNo()))
                .sorted(Comparator.comparing((CardMedium c) -> c.type() != CardType.LEGAL_PERSON)
                        .thenComparing(CardMedium::cardNo))
                .toList();
        setItems(cards);
        if (cards.isEmpty()) {
            setHelperText(getTranslation("delegation.card.noneHeld"));
        }
        addValueChangeListener(e -> onChange.accept(e.getValue()));
    }

    /** Chooses the first card (the page then shows what it may). */
    void chooseFirst() {
        getListDataView().getItems().findFirst().ifPresent(this::setValue);
    }

    /**
     * What {@code load} gives for the chosen card, with {@code controls} enabled; none and disabled without a card or
     * when the server refuses the card (its message shown, e.g. 非法人卡，不允许操作!).
     */
    <T> List<T> load(Function<String, List<T>> load, List<? extends HasEnabled> controls) {
        List<T> loaded = List.of();
        boolean allowed = false;
        if (getValue() != null) {
            try {
                loaded = load.apply(cardNo());
                allowed = true;
            } catch (RuleViolation v) {
                Problems.error(v.getMessage(getLocale()));
            }
        }
        boolean enabled = allowed;
        controls.forEach(c -> c.setEnabled(enabled));
        return loaded;
    }

    String cardNo() {
        return getValue() == null ? null : getValue().cardNo();
    }
}

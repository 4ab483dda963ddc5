package org.tongguan.signing.sm2.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongguan.core.Messages;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.customs.Signer;
import org.tongguan.core.time.TimeDisplay;

@Service
@Command(scope = "tongguan", name = "card-list",
        description = "Lists the card media (法人卡, 操作员卡) of the signer in use: number, type, enterprise, holder, expiry")
public class CardListCommand implements Action {
    @Reference
    Signer signer;
    @Reference
    TimeDisplay time;

    @Override
    public Object execute() {
        for (CardMedium card : signer.cards()) {
            System.out.println(card.cardNo() + "\t" + card.type() + "\t" + card.type().name(Messages.DEFAULT_LOCALE) + "\t"
                    + card.enterpriseCode() + "\t" + card.holderName() + "\t"
                    + time.date(card.certificate().getNotAfter().toInstant()));
        }
        return null;
    }
}

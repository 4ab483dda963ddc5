package org.tongguan.signing.sm2.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongguan.core.Messages;
import org.tongguan.core.console.ConsoleCommands;
import org.tongguan.core.customs.CardAuthority;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.signing.sm2.internal.CardIssuer;
import org.tongguan.signing.sm2.internal.SoftwareCardSigner;

/** Issues a card through the {@link CardAuthority}, as the console: the same checks and audit as the web page. */
@Service
@Command(scope = "tongguan", name = "card-issue",
        description = "Issues a software card medium (软件卡介质): an SM2 key pair and its certificate, opened by a PIN")
public class CardIssueCommand implements Action {
    @Reference
    CardAuthority authority;
    /** Only to tell where the card files went. */
    @Reference
    SoftwareCardSigner signer;

    @Argument(index = 0, name = "cardNo", required = true, description = "卡号, 8 to 32 digits or letters")
    String cardNo;
    @Argument(index = 1, name = "type", required = true, description = "LEGAL_PERSON (法人卡) or OPERATOR (操作员卡)")
    String type;
    @Argument(index = 2, name = "enterpriseCode", required = true, description = "企业海关编码, 10 characters")
    String enterpriseCode;
    @Argument(index = 3, name = "holderName", required = true, description = "持卡人姓名")
    String holderName;
    @Argument(index = 4, name = "pin", required = true, description = "PIN, 6 to 8 digits")
    String pin;

    @Override
    public Object execute() throws Exception {
        return ConsoleCommands.run(() -> {
            CardMedium card = authority.issue(ConsoleCommands.ACTOR, cardNo, CardIssuer.cardType(type),
                    enterpriseCode, holderName, pin.toCharArray());
            return "issued " + card.label(Messages.DEFAULT_LOCALE) + " in " + signer.directory();
        });
    }
}

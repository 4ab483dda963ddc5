package org.tongguan.signing.sm2.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.audit.AuditLog;
import org.tongguan.core.customs.CardAuthority;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.customs.CardType;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.Permissions;
import org.tongguan.core.security.UserContext;

/**
 * The {@link CardAuthority} of the embedded install: issues software cards into the folder of the
 * {@link SoftwareCardSigner} (its configured {@code keystoreDir}), so the signer lists and signs with them at once.
 * The one path for the console command and the administration page: permission first, then the card, then its
 * audit line.
 */
@Component(service = CardAuthority.class)
public final class SoftwareCardAuthority implements CardAuthority {
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final SoftwareCardSigner signer;

    @Activate
    public SoftwareCardAuthority(@Reference AccessPolicy policy, @Reference AuditLog audit,
            @Reference SoftwareCardSigner signer) {
        this.policy = policy;
        this.audit = audit;
        this.signer = signer;
    }

    @Override
    public CardMedium issue(UserContext who, String cardNo, CardType type, String enterpriseCode,
            String holderName, char[] pin) {
        policy.check(who, Permissions.ADMIN_CARDS);
        CardIssuer issuer = signer.issuer();
        CardMedium card = issuer.issue(cardNo, type, enterpriseCode, holderName, pin);
        try {
            audit.record(who, AuditAction.CREATE, AUDIT_RECORD, card.cardNo(), card.enterpriseCode(), null,
                    describe(card));
        } catch (RuntimeException e) {
            // no card without its audit line
            issuer.withdraw(card.cardNo());
            throw e;
        }
        return card;
    }

    /** The audit value of a card: type, enterprise, holder; never the PIN. */
    static String describe(CardMedium card) {
        return card.type().name() + "/" + card.enterpriseCode() + "/" + card.holderName();
    }
}

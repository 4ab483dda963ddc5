package org.tongguan.signing.sm2.internal;

import java.nio.file.Path;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.customs.CardType;

/** Test cards: a signer on a temporary folder and cards issued into it. */
final class Cards {
    static final char[] PIN = "12345678".toCharArray();

    final SoftwareCardSigner signer;

    Cards(Path dir) {
        signer = new SoftwareCardSigner(dir);
    }

    CardMedium operator(String cardNo) {
        return signer.issuer().issue(cardNo, CardType.OPERATOR, "3316960ABC", "张三", PIN);
    }

    CardMedium legalPerson(String cardNo) {
        return signer.issuer().issue(cardNo, CardType.LEGAL_PERSON, "4403180XYZ", "深圳某某科技有限公司", PIN);
    }
}

package org.tongguan.signing.sm2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.customs.CardType;

class CardIssuerTest {
    @TempDir
    Path dir;

    private CardMedium issue(String cardNo, String enterpriseCode, String holder, String pin) {
        return new CardIssuer(dir.resolve("cards")).issue(cardNo, CardType.OPERATOR, enterpriseCode, holder,
                pin.toCharArray());
    }

    private static void assertRefused(String key, String message, Executable issuing) {
        RuleViolation e = assertThrows(RuleViolation.class, issuing);
        assertEquals(key, e.key());
        assertEquals(message, e.getMessage());
    }

    @Test
    void issuingWritesTheKeyStoreAndTheCertificateAndNothingElse() throws Exception {
        CardMedium card = issue("2100040033809", "3316960ABC", "  张三 ", "123456");
        assertEquals("张三", card.holderName());
        Path cards = dir.resolve("cards");
        try (Stream<Path> files = Files.list(cards)) {
            assertEquals(List.of("2100040033809.cer", "2100040033809.p12"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(java.util.Arrays.equals(card.certificate().getEncoded(),
                Files.readAllBytes(cards.resolve("2100040033809.cer"))));
        if (Files.getFileStore(cards).supportsFileAttributeView("posix")) {
            assertEquals("rw-------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(cards.resolve("2100040033809.p12"))));
        }
    }

    @Test
    void aCardNumberIsIssuedOnce() {
        issue("2100040033809", "3316960ABC", "张三", "123456");
        assertRefused("signing.cardExists", "卡号 2100040033809 已有卡介质，不能重复制卡",
                () -> issue("2100040033809", "4403180XYZ", "李四", "654321"));
        // a card number already reserved by an issue in progress (key store written, no certificate yet)
        assertRefused("signing.cardExists", "卡号 2100040033810 已有卡介质，不能重复制卡", () -> {
            Files.createFile(dir.resolve("cards/2100040033810.p12"));
            issue("2100040033810", "3316960ABC", "张三", "123456");
        });
    }

    @Test
    void theCardNumberIs8To32DigitsOrLetters() {
        issue("ABCD1234", "3316960ABC", "张三", "123456");
        issue("A".repeat(32), "3316960ABC", "张三", "123456");
        for (String bad : new String[] {"ABC1234", "A".repeat(33), "2100-0400", "../../etc1", "卡号12345678", ""}) {
            assertRefused("signing.cardNo.format", "卡号应为 8 至 32 位数字或字母",
                    () -> issue(bad, "3316960ABC", "张三", "123456"));
        }
    }

    @Test
    void theEnterpriseCodeIs10DigitsOrCapitals() {
        for (String bad : new String[] {"3316960AB", "3316960ABCD", "3316960abc", "3316960AB-", ""}) {
            assertRefused("signing.enterpriseCode.format", "企业海关编码应为10位数字或大写字母",
                    () -> issue("2100040033809", bad, "张三", "123456"));
        }
    }

    @Test
    void thePinIs6To8Digits() {
        for (String bad : new String[] {"12345", "123456789", "12345a", "abcdef", ""}) {
            assertRefused("signing.pin.format", "PIN 码应为 6 至 8 位数字",
                    () -> issue("2100040033809", "3316960ABC", "张三", bad));
        }
        issue("2100040033809", "3316960ABC", "张三", "12345678");
    }

    @Test
    void theHolderNameIsRequiredAndShort() {
        for (String bad : new String[] {"", "   ", "张".repeat(CardIssuer.HOLDER_NAME_MAX + 1)}) {
            assertRefused("signing.holderName.format", "持卡人姓名不能为空，且不超过 64 个字符",
                    () -> issue("2100040033809", "3316960ABC", bad, "123456"));
        }
    }

    @Test
    void aRefusedCardLeavesNoFiles() throws Exception {
        assertThrows(RuleViolation.class, () -> issue("2100040033809", "3316960ABC", "张三", "12"));
        assertTrue(!Files.exists(dir.resolve("cards")) || Files.list(dir.resolve("cards")).findAny().isEmpty());
    }

    @Test
    void theCardTypeIsReadInEnglishOrChinese() {
        assertEquals(CardType.LEGAL_PERSON, CardIssuer.cardType("LEGAL_PERSON"));
        assertEquals(CardType.LEGAL_PERSON, CardIssuer.cardType("legal_person"));
        assertEquals(CardType.LEGAL_PERSON, CardIssuer.cardType("法人卡"));
        assertEquals(CardType.OPERATOR, CardIssuer.cardType(" OPERATOR "));
        assertEquals(CardType.OPERATOR, CardIssuer.cardType("操作员卡"));
        RuleViolation e = assertThrows(RuleViolation.class, () -> CardIssuer.cardType("ADMIN"));
        assertEquals("signing.cardType.invalid", e.key());
        assertEquals("卡类型应为 LEGAL_PERSON（法人卡）或 OPERATOR（操作员卡），不能是 ADMIN", e.getMessage());
        assertEquals("The card type must be LEGAL_PERSON (legal-person card) or OPERATOR (operator card), not ADMIN",
                e.getMessage(java.util.Locale.ENGLISH));
    }
}

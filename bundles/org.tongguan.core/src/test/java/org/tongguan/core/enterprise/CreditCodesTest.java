package org.tongguan.core.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodesTest {

    /** Codes printed on published business licences; each check character was recomputed by hand (Python). */
    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91440300708461136T",
            "91110108551385082Q", "911100007109311097", "311100004005693352"})
    void acceptsPublishedCodes(String code) {
        assertTrue(CreditCodes.isValid(code), code);
        assertEquals(Optional.empty(), CreditCodes.problem(code));
        assertEquals(code.charAt(17), CreditCodes.checkCharacter(code.substring(0, 17)));
    }

    @Test
    void weightsFollowPowersOfThreeModulo31() {
        // only position 16 (weight 28) is non-zero: 1 × 28 = 28, check = 31 − 28 = 3
        assertEquals('3', CreditCodes.checkCharacter("00000000000000001"));
        // only position 0 (weight 1): value of '9' is 9, check = 31 − 9 = 22 → 'N'
        assertEquals('N', CreditCodes.checkCharacter("90000000000000000"));
        // sum ≡ 0 (mod 31) gives 31, which maps to '0'
        assertEquals('0', CreditCodes.checkCharacter("00000000000000000"));
    }

    @Test
    void changingAnyCharacterOfAValidCodeMakesItInvalid() {
        String first17 = "91310115MA1K3YJ2X";
        String code = first17 + CreditCodes.checkCharacter(first17);
        assertTrue(CreditCodes.isValid(code));
        for (int i = 0; i < 18; i++) {
            char original = code.charAt(i);
            char other = CreditCodes.ALPHABET.charAt((CreditCodes.ALPHABET.indexOf(original) + 1) % 31);
            String changed = code.substring(0, i) + other + code.substring(i + 1);
            assertFalse(CreditCodes.isValid(changed), "changed position " + i + ": " + changed);
        }
    }

    @Test
    void swappingTwoNeighboursIsDetected() {
        String code = "91440300708461136T";
        String swapped = "91440300780461136T";
        assertFalse(CreditCodes.isValid(swapped));
        assertEquals(Optional.of("社会信用代码校验位错误，应为 " + CreditCodes.checkCharacter(swapped.substring(0, 17))),
                problem(swapped));
        assertTrue(CreditCodes.isValid(code));
    }

    @Test
    void rejectsWrongLength() {
        assertEquals(Optional.of("社会信用代码应为18位，现为17位"), problem("91350100M000100Y4"));
        assertEquals(Optional.of("社会信用代码应为18位，现为19位"), problem("91350100M000100Y433"));
        assertFalse(CreditCodes.isValid("91350100M000100Y4"));
        assertFalse(CreditCodes.isValid("91350100M000100Y433"));
    }

    @Test
    void rejectsEmptyAndNull() {
        assertFalse(CreditCodes.isValid(null));
        assertFalse(CreditCodes.isValid(""));
        assertEquals(Optional.of("社会信用代码不能为空"), problem(null));
    }

    @Test
    void rejectsLowercase() {
        assertFalse(CreditCodes.isValid("91350100m000100Y43"));
        assertEquals(Optional.of("社会信用代码的字母应为大写：m"), problem("91350100m000100Y43"));
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V', '-', '０'})
    void rejectsIllegalCharacters(char illegal) {
        String code = "91350100" + illegal + "000100Y43";
        assertFalse(CreditCodes.isValid(code));
        assertEquals(Optional.of("社会信用代码含非法字符 " + illegal + "（不得含 I、O、Z、S、V）"),
                problem(code));
    }

    @Test
    void rejectsUnknownRegistrationDepartment() {
        String first17 = "B1350100M000100Y4";
        String code = first17 + CreditCodes.checkCharacter(first17);
        assertFalse(CreditCodes.isValid(code));
        assertEquals(Optional.of("社会信用代码第1位（登记管理部门码）不能为 B"), problem(code));
    }

    @Test
    void rejectsLettersInDivisionCode() {
        String first17 = "9135A100M000100Y4";
        String code = first17 + CreditCodes.checkCharacter(first17);
        assertFalse(CreditCodes.isValid(code));
        assertEquals(Optional.of("社会信用代码第3-8位（行政区划码）应为数字"), problem(code));
    }

    @Test
    void namesTheExpectedCheckCharacter() {
        assertEquals(Optional.of("社会信用代码校验位错误，应为 3"), problem("91350100M000100Y44"));
        assertEquals(Optional.of("社会信用代码校验位错误，应为 L"), problem("91110000600037341M"));
    }

    @Test
    void checkCharacterRejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> CreditCodes.checkCharacter(null));
        assertThrows(IllegalArgumentException.class, () -> CreditCodes.checkCharacter("91350100M000100Y"));
        assertThrows(IllegalArgumentException.class, () -> CreditCodes.checkCharacter("91350100M000100Y43"));
        assertThrows(IllegalArgumentException.class, () -> CreditCodes.checkCharacter("91350100I000100Y4"));
    }

    @Test
    void reasonsSpeakTheReadersLanguage() {
        assertEquals("the check character is wrong, it should be 3",
                CreditCodes.problem("91350100M000100Y44").orElseThrow().get(java.util.Locale.ENGLISH));
        assertEquals("a credit code has 18 characters, this one has 17",
                CreditCodes.problem("91350100M000100Y4").orElseThrow().get(java.util.Locale.ENGLISH));
    }

    /** The reason as a clerk reading Chinese sees it. */
    private static Optional<String> problem(String code) {
        return CreditCodes.problem(code).map(p -> p.get(org.tongguan.core.Messages.DEFAULT_LOCALE));
    }
}

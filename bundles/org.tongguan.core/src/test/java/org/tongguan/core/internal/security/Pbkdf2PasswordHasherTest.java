package org.tongguan.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class Pbkdf2PasswordHasherTest {
    private static final int FAST = 1000;
    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(FAST);

    @Test
    void roundTrip() {
        String stored = hasher.hash("报关员-2024!".toCharArray());
        assertTrue(hasher.verify("报关员-2024!".toCharArray(), stored));
    }

    @Test
    void storedFormNamesSchemeIterationsSaltAndKey() {
        String[] parts = hasher.hash("secret".toCharArray()).split("\\$");
        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("1000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void rejectsWrongPassword() {
        String stored = hasher.hash("secret".toCharArray());
        assertFalse(hasher.verify("Secret".toCharArray(), stored));
        assertFalse(hasher.verify("secret ".toCharArray(), stored));
        assertFalse(hasher.verify(new char[0], stored));
        assertFalse(hasher.verify(null, stored));
    }

    @Test
    void sameKeyAsTheJdkWithTheStoredSaltAndIterations() throws Exception {
        String[] parts = hasher.hash("secret".toCharArray()).split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new javax.crypto.spec.PBEKeySpec("secret".toCharArray(), salt, FAST, 256))
                .getEncoded();
        assertEquals(Base64.getEncoder().encodeToString(expected), parts[3]);
    }

    @Test
    void verifiesWithTheIterationsOfTheStoredValue() {
        String stored = new Pbkdf2PasswordHasher(1500).hash("secret".toCharArray());
        assertTrue(hasher.verify("secret".toCharArray(), stored));
        String tampered = stored.replace("$1500$", "$1000$");
        assertFalse(hasher.verify("secret".toCharArray(), tampered));
    }

    @Test
    void sameSaltNeverRepeats() {
        String a = hasher.hash("secret".toCharArray());
        String b = hasher.hash("secret".toCharArray());
        assertNotEquals(a, b);
        assertNotEquals(a.split("\\$")[2], b.split("\\$")[2]);
        assertTrue(hasher.verify("secret".toCharArray(), a));
        assertTrue(hasher.verify("secret".toCharArray(), b));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "secret",
        "pbkdf2-sha256$1000$c2FsdA==",
        "pbkdf2-sha1$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$abc$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$-5$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$99999999999$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$1000$not base64!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$1000$$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA",
        "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=$extra"
    })
    void malformedStoredValueIsFalseNotAnException(String stored) {
        assertFalse(hasher.verify("secret".toCharArray(), stored));
        assertTrue(hasher.needsRehash(stored));
    }

    @Test
    void needsRehashWhenIterationsBelowConfigured() {
        String weak = new Pbkdf2PasswordHasher(500).hash("secret".toCharArray());
        String same = hasher.hash("secret".toCharArray());
        String stronger = new Pbkdf2PasswordHasher(2000).hash("secret".toCharArray());
        assertTrue(hasher.needsRehash(weak));
        assertFalse(hasher.needsRehash(same));
        assertFalse(hasher.needsRehash(stronger));
    }

    @Test
    void defaultIterationsMeetTheRecommendation() {
        assertTrue(Pbkdf2PasswordHasher.DEFAULT_ITERATIONS >= 310_000);
        String fast = hasher.hash("secret".toCharArray());
        assertTrue(new Pbkdf2PasswordHasher(Pbkdf2PasswordHasher.DEFAULT_ITERATIONS).needsRehash(fast));
    }

    @Test
    void rejectsNonPositiveIterations() {
        assertThrows(IllegalArgumentException.class, () -> new Pbkdf2PasswordHasher(0));
        assertThrows(IllegalArgumentException.class, () -> new Pbkdf2PasswordHasher(-1));
    }
}

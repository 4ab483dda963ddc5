package org.tongguan.core.internal.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing with PBKDF2-HMAC-SHA256, a 16-byte random salt and a 32-byte key. Stored form:
 * {@code pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>}.
 */
public final class Pbkdf2PasswordHasher {
    /** Iterations for new hashes (the OWASP 2021 figure for PBKDF2-HMAC-SHA256). */
    public static final int DEFAULT_ITERATIONS = 310_000;
    /** Prefix naming the algorithm in the stored form. */
    public static final String SCHEME = "pbkdf2-sha256";

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BYTES = 32;
    /** Upper bound accepted from a stored value, so a corrupt value cannot stall a sign-in. */
    private static final int MAX_ITERATIONS = 100_000_000;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public Pbkdf2PasswordHasher(int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range: " + iterations);
        }
        this.iterations = iterations;
    }

    /** A new salted hash of {@code password} in the stored form. */
    public String hash(char[] password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    /** True when {@code password} matches {@code stored}; false for any malformed stored value. */
    public boolean verify(char[] password, String stored) {
        if (password == null) {
            return false;
        }
        Stored parsed = Stored.parse(stored);
        if (parsed == null) {
            return false;
        }
        byte[] actual = derive(password, parsed.salt(), parsed.iterations());
        return MessageDigest.isEqual(actual, parsed.key());
    }

    /** True when {@code stored} is not in this hasher's form or used fewer iterations than configured. */
    public boolean needsRehash(String stored) {
        Stored parsed = Stored.parse(stored);
        return parsed == null || parsed.iterations() < iterations;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** A parsed stored value. */
    private record Stored(int iterations, byte[] salt, byte[] key) {
        static Stored parse(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split("\\$", -1);
            if (parts.length != 4 || !SCHEME.equals(parts[0]) || !parts[1].matches("[1-9][0-9]{0,8}")) {
                return null;
            }
            int iterations = Integer.parseInt(parts[1]);
            if (iterations > MAX_ITERATIONS) {
                return null;
            }
            try {
                byte[] salt = Base64.getDecoder().decode(parts[2]);
                byte[] key = Base64.getDecoder().decode(parts[3]);
                if (salt.length == 0 || key.length != KEY_BYTES) {
                    return null;
                }
                return new Stored(iterations, salt, key);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}

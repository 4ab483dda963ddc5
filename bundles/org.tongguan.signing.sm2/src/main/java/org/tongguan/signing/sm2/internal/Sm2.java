package org.tongguan.signing.sm2.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.Signature;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.tongguan.core.customs.Signer;

/** The algorithm names of the SM2/SM3 card media, all served by the one BouncyCastle provider passed in. */
final class Sm2 {
    static final String CURVE = "sm2p256v1";
    static final String KEY_ALGORITHM = "EC";
    static final String SIGNATURE_ALGORITHM = "SM3withSM2";
    static final String DIGEST_ALGORITHM = "SM3";
    /**
     * BouncyCastle's PKCS#12 (key: PBE SHA-1 3-key 3DES; integrity: HMAC). Its AES variants look their parameters
     * up in the JVM's providers, which do not hold BouncyCastle; with a 6 to 8 digit PIN the file permissions
     * (owner only) protect the key more than the cipher does anyway.
     */
    static final String KEY_STORE = "PKCS12";

    private Sm2() {
    }

    /** An SM3withSM2 signature engine with the default user id, not yet initialised. */
    static Signature signature(Provider provider) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(SIGNATURE_ALGORITHM, provider);
        signature.setParameter(new SM2ParameterSpec(Signer.DEFAULT_USER_ID.getBytes(StandardCharsets.US_ASCII)));
        return signature;
    }
}

package dk.sikkerby.indberetning.service.offline;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 over a manifest's payload, keyed with the database's {@link ExchangeKey}. */
final class ManifestSignature {

    private static final String ALGORITHM = "HmacSHA256";

    private ManifestSignature() {
    }

    static String sign(Manifest manifest, byte[] key) {
        return Base64.getEncoder().encodeToString(mac(manifest, key));
    }

    static boolean verify(Manifest manifest, String signature, byte[] key) {
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(mac(manifest, key), given);
    }

    private static byte[] mac(Manifest manifest, byte[] key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(manifest.payload().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
        }
    }
}

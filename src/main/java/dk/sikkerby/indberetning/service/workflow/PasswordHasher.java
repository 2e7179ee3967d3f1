package dk.sikkerby.indberetning.service.workflow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (Bouncy Castle) in the PHC string form
 * {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, the parameters OWASP recommends as a minimum.
 * Verification reads the parameters from the stored string and compares in constant time; parameters
 * beyond {@link #MAX_MEMORY_KIB}, {@link #MAX_ITERATIONS} or {@link #MAX_LANES} (a tampered row) are
 * refused without hashing, so one row cannot make a sign-in take all the memory or all night.
 */
public final class PasswordHasher {

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,9}),t=(\\d{1,9}),p=(\\d{1,9})\\$([A-Za-z0-9+/]{11,88})\\$([A-Za-z0-9+/]{22,88})");
    /** 256 MiB: thirteen times what the app stores; more is no hash this app made. */
    static final int MAX_MEMORY_KIB = 262_144;
    static final int MAX_ITERATIONS = 16;
    static final int MAX_LANES = 8;
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final int memoryKib;
    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher() {
        this(19456, 2);
    }

    PasswordHasher(int memoryKib, int iterations) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, memoryKib, iterations, 1, 32);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=1$"
                + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    public boolean verify(char[] password, String stored) {
        Matcher m = PHC.matcher(stored == null ? "" : stored);
        if (!m.matches()) {
            return false;
        }
        int memory = Integer.parseInt(m.group(1));
        int iterations = Integer.parseInt(m.group(2));
        int lanes = Integer.parseInt(m.group(3));
        if (memory > MAX_MEMORY_KIB || iterations < 1 || iterations > MAX_ITERATIONS || lanes < 1 || lanes > MAX_LANES
                || memory < 8 * lanes) {
            return false;
        }
        byte[] expected = DECODER.decode(m.group(5));
        byte[] actual = derive(password, DECODER.decode(m.group(4)), memory, iterations, lanes, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(char[] password, byte[] salt, int memory, int iterations, int lanes, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory).withIterations(iterations).withParallelism(lanes).withSalt(salt).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] bytes = toUtf8(password);
        byte[] out = new byte[length];
        try {
            generator.generateBytes(bytes, out);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        return out;
    }

    private static byte[] toUtf8(char[] password) {
        var buffer = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
        return bytes;
    }
}

package io.dosql.sqllogictest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Computes the reference's result hash: MD5 over every value followed by a newline, as lower-case hex. */
public final class ResultHasher {

    private ResultHasher() {
    }

    /** The MD5 hex digest of {@code values}, each followed by {@code \n}. */
    public static String md5(List<String> values) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK ships MD5", impossible);
        }
        for (String value : values) {
            digest.update(value.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The line the reference prints for a hashed result: {@code N values hashing to MD5}. */
    public static String hashLine(List<String> values) {
        return values.size() + " values hashing to " + md5(values);
    }
}

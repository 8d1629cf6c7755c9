package io.dosql.jdbc.durability;

import java.util.SplittableRandom;

/** A deterministic {@code note} value: the same seed and length give the same text in parent and child. */
record Note(long seed, int length) {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 -";

    String text() {
        SplittableRandom random = new SplittableRandom(seed);
        char[] text = new char[length];
        for (int index = 0; index < length; index++) {
            text[index] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(text);
    }
}

package io.dosql.engine.function;

import static io.dosql.core.SqlType.BYTEA;
import static io.dosql.core.SqlType.TEXT;

import io.dosql.core.Bytes;
import io.dosql.core.ErrorCode;
import io.dosql.engine.value.ValueParser;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** encode/decode between bytea and text in the hex, base64 and escape formats. */
final class BinaryFunctions {
    private BinaryFunctions() {
    }

    static void register(FunctionTable table) {
        table.scalar("encode", TEXT, List.of(BYTEA, TEXT), (a, c) -> encode((Bytes) a[0], (String) a[1]));
        table.scalar("decode", BYTEA, List.of(TEXT, TEXT), (a, c) -> decode((String) a[0], (String) a[1]));
    }

    private static String encode(Bytes bytes, String format) {
        byte[] data = bytes.toByteArray();
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "hex" -> HexFormat.of().formatHex(data);
            case "base64" -> base64Lines(Base64.getEncoder().encodeToString(data));
            case "escape" -> escape(data);
            default -> throw unknownEncoding(format);
        };
    }

    /** PostgreSQL's base64 output breaks lines every 76 characters. */
    private static String base64Lines(String encoded) {
        StringBuilder text = new StringBuilder(encoded.length() + encoded.length() / 76);
        for (int index = 0; index < encoded.length(); index += 76) {
            if (index > 0) {
                text.append('\n');
            }
            text.append(encoded, index, Math.min(encoded.length(), index + 76));
        }
        return text.toString();
    }

    private static String escape(byte[] data) {
        StringBuilder text = new StringBuilder(data.length);
        for (byte value : data) {
            int unsigned = value & 0xff;
            if (unsigned == '\\') {
                text.append("\\\\");
            } else if (unsigned == 0 || unsigned >= 0x80) {
                text.append('\\').append(String.format("%03o", unsigned));
            } else {
                text.append((char) unsigned);
            }
        }
        return text.toString();
    }

    private static Bytes decode(String text, String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "hex" -> decodeHex(text);
            case "base64" -> decodeBase64(text);
            case "escape" -> {
                if (text.startsWith("\\x")) {
                    throw ErrorCode.INVALID_TEXT_REPRESENTATION.exception("bytea", text);
                }
                yield ValueParser.parseBytea(text);
            }
            default -> throw unknownEncoding(format);
        };
    }

    private static Bytes decodeHex(String text) {
        String digits = text.replaceAll("\\s", "");
        if (digits.length() % 2 != 0) {
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception("invalid hexadecimal data: odd number of digits");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(digits.length() / 2);
        for (int index = 0; index < digits.length(); index += 2) {
            int high = Character.digit(digits.charAt(index), 16);
            int low = Character.digit(digits.charAt(index + 1), 16);
            if (high < 0 || low < 0) {
                char bad = high < 0 ? digits.charAt(index) : digits.charAt(index + 1);
                throw ErrorCode.INVALID_PARAMETER_VALUE.exception("invalid hexadecimal digit: \"" + bad + "\"");
            }
            bytes.write(high << 4 | low);
        }
        return Bytes.copyOf(bytes.toByteArray());
    }

    private static Bytes decodeBase64(String text) {
        try {
            return Bytes.copyOf(Base64.getMimeDecoder().decode(text));
        } catch (IllegalArgumentException invalid) {
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception("invalid base64 end sequence");
        }
    }

    private static RuntimeException unknownEncoding(String format) {
        return ErrorCode.INVALID_PARAMETER_VALUE.exception("unrecognized encoding: \"" + format + "\"");
    }
}

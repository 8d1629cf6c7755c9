package io.dosql.query.execution;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Converts values read through JDBC (which differ by driver) to the Java type a record component asks for. */
public final class ValueConverter {
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(int.class, Integer.class, long.class, Long.class,
        double.class, Double.class, float.class, Float.class, boolean.class, Boolean.class, short.class,
        Short.class, byte.class, Byte.class, char.class, Character.class);

    private ValueConverter() {
    }

    /** The wrapper class of a primitive type ({@code long} → {@code Long}). */
    static Class<?> boxed(Class<?> primitive) {
        return BOXES.get(primitive);
    }

    /** Normalises JDBC's legacy date/time classes to java.time as rows are read. */
    public static Object normalize(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof java.sql.Time time) {
            return time.toLocalTime();
        }
        return value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Object convert(Object value, Class<?> target) {
        if (value == null) {
            if (target.isPrimitive()) {
                throw new IllegalArgumentException("null cannot be stored in a " + target.getName());
            }
            return null;
        }
        Class<?> boxed = target.isPrimitive() ? BOXES.get(target) : target;
        if (boxed.isInstance(value)) {
            return value;
        }
        if (value instanceof Number number) {
            if (boxed == Long.class) {
                return number.longValue();
            } else if (boxed == Integer.class) {
                return number.intValue();
            } else if (boxed == Double.class) {
                return number.doubleValue();
            } else if (boxed == Float.class) {
                return number.floatValue();
            } else if (boxed == Short.class) {
                return number.shortValue();
            } else if (boxed == Byte.class) {
                return number.byteValue();
            } else if (boxed == BigDecimal.class) {
                return new BigDecimal(number.toString());
            } else if (boxed == BigInteger.class) {
                return new BigDecimal(number.toString()).toBigInteger();
            } else if (boxed == Boolean.class) {
                return number.intValue() != 0;
            }
        }
        if (boxed == String.class) {
            return value.toString();
        }
        if (value instanceof String text) {
            return fromText(text, boxed);
        }
        if (value instanceof LocalDateTime dateTime) {
            if (boxed == LocalDate.class) {
                return dateTime.toLocalDate();
            } else if (boxed == Instant.class) {
                return dateTime.atZone(ZoneId.systemDefault()).toInstant();
            } else if (boxed == OffsetDateTime.class) {
                return dateTime.atZone(ZoneId.systemDefault()).toOffsetDateTime();
            }
        }
        if (value instanceof OffsetDateTime offsetDateTime) {
            if (boxed == LocalDateTime.class) {
                return offsetDateTime.atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
            } else if (boxed == Instant.class) {
                return offsetDateTime.toInstant();
            }
        }
        if (boxed.isEnum()) {
            return Enum.valueOf((Class<Enum>) boxed, value.toString());
        }
        throw new IllegalArgumentException("cannot convert " + value.getClass().getName() + " to " + target.getName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object fromText(String text, Class<?> boxed) {
        if (boxed == LocalDate.class) {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } else if (boxed == LocalDateTime.class) {
            return LocalDateTime.parse(text.replace(' ', 'T'));
        } else if (boxed == LocalTime.class) {
            return LocalTime.parse(text);
        } else if (boxed == OffsetDateTime.class) {
            return OffsetDateTime.parse(text.replace(' ', 'T'));
        } else if (boxed == UUID.class) {
            return UUID.fromString(text);
        } else if (boxed == Boolean.class) {
            String lower = text.toLowerCase(Locale.ROOT);
            return lower.equals("t") || lower.equals("true") || lower.equals("1");
        } else if (boxed == Long.class) {
            return Long.parseLong(text);
        } else if (boxed == Integer.class) {
            return Integer.parseInt(text);
        } else if (boxed == BigDecimal.class) {
            return new BigDecimal(text);
        } else if (boxed == Double.class) {
            return Double.parseDouble(text);
        } else if (boxed.isEnum()) {
            return Enum.valueOf((Class<Enum>) boxed, text);
        }
        throw new IllegalArgumentException("cannot convert text to " + boxed.getName());
    }
}

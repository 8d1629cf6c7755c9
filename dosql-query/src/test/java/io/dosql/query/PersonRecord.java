package io.dosql.query;

import java.time.LocalDate;

/** The record codegen would emit for table {@code person}. */
public record PersonRecord(Long id, String firstName, String lastName, Integer age, LocalDate bornOn) {
}

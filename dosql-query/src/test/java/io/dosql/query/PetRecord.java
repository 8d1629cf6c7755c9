package io.dosql.query;

/** The record codegen would emit for table {@code pet}. */
public record PetRecord(Long id, String name, Long ownerId, String species) {
}

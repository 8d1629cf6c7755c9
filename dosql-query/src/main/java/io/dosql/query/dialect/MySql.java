package io.dosql.query.dialect;

/** Phantom type of MySQL/MariaDB databases: ON DUPLICATE KEY UPDATE, no RETURNING. */
public interface MySql extends SupportsOnDuplicateKey {
}

/**
 * Schema migrations that differ by database and so cannot be one SQL file under {@code db/migration}; Flyway runs
 * them in version order with the SQL ones ({@code SchemaMigrations} registers them).
 */
package org.policyforum.platform.control.migration;

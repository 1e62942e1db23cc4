/** PostgreSQL persistence: JdbcClient adapters for the out-ports, the transaction boundary, Flyway migrations. */
package io.dompet.adapter.persistence;

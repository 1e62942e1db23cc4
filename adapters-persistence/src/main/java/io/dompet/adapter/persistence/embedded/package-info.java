/** A real PostgreSQL run as a child process: dompet's zero-set-up database and the database of its tests. */
package io.dompet.adapter.persistence.embedded;

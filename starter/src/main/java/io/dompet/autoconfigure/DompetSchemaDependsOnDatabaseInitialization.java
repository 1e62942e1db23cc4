package io.dompet.autoconfigure;

import io.dompet.adapter.persistence.DompetSchema;
import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * dompet's schema migration (the persistence adapter's {@link DompetSchema.Migrated} bean) runs after the application's own
 * database initialization (Spring Boot's Flyway, Liquibase or SQL scripts): so the application's Flyway meets the
 * empty schema of a new database, as it expects, and dompet's, which baselines a non-empty schema at version 0, runs
 * beside it. Registered in {@code META-INF/spring.factories}.
 */
class DompetSchemaDependsOnDatabaseInitialization extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(DompetSchema.Migrated.class);
    }
}

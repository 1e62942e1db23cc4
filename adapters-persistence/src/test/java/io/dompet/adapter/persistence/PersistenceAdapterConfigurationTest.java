package io.dompet.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.application.port.out.BillWidgetStorePort;
import io.dompet.application.port.out.BillerCatalogPort;
import io.dompet.application.port.out.CreditWalletPort;
import io.dompet.application.port.out.LoadTopUpPort;
import io.dompet.application.port.out.LoadWalletPort;
import io.dompet.application.port.out.NotificationInboxPort;
import io.dompet.application.port.out.ReferenceGeneratorPort;
import io.dompet.application.port.out.SaveTopUpPort;
import io.dompet.application.port.out.TopUpCheckLeasePort;
import io.dompet.application.port.out.TopUpWidgetSessionPort;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.adapter.persistence.embedded.EmbeddedPostgresServer;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

class PersistenceAdapterConfigurationTest {

    @Test
    void everyOutPortOfThePersistenceAdapterIsABean() {
        DataSource dataSource = PostgresTestDatabase.dataSource();
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
                    Map.of("spring.datasource.url", "jdbc:postgresql://configured.example/dompet")));
            context.registerBean(DataSource.class, () -> dataSource);
            context.registerBean(PlatformTransactionManager.class, () -> new JdbcTransactionManager(dataSource));
            context.register(PersistenceAdapterConfiguration.class);
            context.refresh();

            assertThat(context.getBeansOfType(EmbeddedPostgresServer.class)).as("a URL is configured").isEmpty();
            assertThat(context.getBean(LoadWalletPort.class)).isInstanceOf(WalletPersistenceAdapter.class);
            assertThat(context.getBean(CreditWalletPort.class)).isInstanceOf(WalletPersistenceAdapter.class);
            assertThat(context.getBean(LoadTopUpPort.class)).isInstanceOf(TopUpPersistenceAdapter.class);
            assertThat(context.getBean(SaveTopUpPort.class)).isInstanceOf(TopUpPersistenceAdapter.class);
            assertThat(context.getBean(NotificationInboxPort.class)).isInstanceOf(NotificationInboxPersistenceAdapter.class);
            assertThat(context.getBean(TopUpWidgetSessionPort.class))
                    .isInstanceOf(TopUpWidgetSessionPersistenceAdapter.class);
            assertThat(context.getBean(BillWidgetStorePort.class)).isInstanceOf(BillWidgetPersistenceAdapter.class);
            assertThat(context.getBean(BillerCatalogPort.class)).isInstanceOf(BillerCatalogPersistenceAdapter.class);
            assertThat(context.getBean(ReferenceGeneratorPort.class)).isInstanceOf(SequenceReferenceAdapter.class);
            assertThat(context.getBean(TransactionPort.class)).isInstanceOf(SpringTransactionAdapter.class);
            assertThat(context.getBean(TopUpCheckLeasePort.class)).isInstanceOf(TopUpPersistenceAdapter.class);
            assertThat(context.getBean(ReferenceGeneratorPort.class).newPartnerReferenceNo().value()).startsWith("DP");
            assertThat(context.getBean(ReferenceGeneratorPort.class).newTransNumber()).startsWith("DW");
            assertThat(context.getBean(ReferenceGeneratorPort.class).newBillWidgetKey()).startsWith("BW");
            assertThat(context.getBean(BillerCatalogPort.class).listBillers()).isNotEmpty();
        }
    }
}

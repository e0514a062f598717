package org.netboot6.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class CloudStackDataSourceTest {

    @Test
    void connectionsComeFromTheSourceGiven() throws Exception {
        Connection pooled = mock(Connection.class);

        assertThat(new CloudStackDataSource(() -> pooled).getConnection()).isSameAs(pooled);
    }

    @Test
    void byDefaultTheyComeFromCloudStacksTransactionLegacy() {
        // the stand-in TransactionLegacy has no database and says so: proof the default asks it, not DriverManager
        assertThatThrownBy(() -> new CloudStackDataSource().getConnection())
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("TransactionLegacy");
    }

    @Test
    void noConnectionIsAnSqlException() {
        assertThatThrownBy(() -> new CloudStackDataSource(() -> null).getConnection()).isInstanceOf(SQLException.class);
    }

    @Test
    void otherCredentialsCannotBeAskedFor() {
        assertThatThrownBy(() -> new CloudStackDataSource(() -> null).getConnection("root", "secret"))
                .isInstanceOf(SQLException.class);
    }
}

package org.digitalpractice.infrastructure;

import org.eclipse.microprofile.config.ConfigProvider;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * The datasource class behind the container's connection pool. Payara resolves {@code ${MPCONFIG=...}} in a
 * {@code @DataSourceDefinition} before the application's own config file is visible, so defaults would be lost;
 * this class instead reads DP_DB_URL, DP_DB_USER and DP_DB_PASSWORD (with the app's defaults) when the pool first
 * connects, and picks the H2 or PostgreSQL driver from the URL.
 */
public class ConfiguredDataSource implements DataSource {

    private volatile DataSource target;
    private PrintWriter logWriter;
    private int loginTimeout;

    private DataSource target() throws SQLException {
        if (target == null) {
            synchronized (this) {
                if (target == null) {
                    target = create();
                }
            }
        }
        return target;
    }

    private static DataSource create() throws SQLException {
        var config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
        var url = config.getValue("dp.db.url", String.class);
        var user = config.getOptionalValue("dp.db.user", String.class).orElse("");
        var password = config.getOptionalValue("dp.db.password", String.class).orElse("");
        if (url.startsWith("jdbc:postgresql:")) {
            var postgres = new org.postgresql.ds.PGSimpleDataSource();
            postgres.setURL(url);
            postgres.setUser(user);
            postgres.setPassword(password);
            return postgres;
        }
        if (url.startsWith("jdbc:h2:")) {
            try {
                // Payara ships H2; it is not packaged with the application.
                var h2 = (DataSource) Class.forName("org.h2.jdbcx.JdbcDataSource", true,
                        ConfiguredDataSource.class.getClassLoader()).getDeclaredConstructor().newInstance();
                h2.getClass().getMethod("setURL", String.class).invoke(h2, withQueryCache(url));
                h2.getClass().getMethod("setUser", String.class).invoke(h2, user);
                h2.getClass().getMethod("setPassword", String.class).invoke(h2, password);
                return h2;
            } catch (ReflectiveOperationException e) {
                throw new SQLException("The H2 driver is not available: " + e.getMessage(), e);
            }
        }
        throw new SQLException("DP_DB_URL must start with jdbc:h2: or jdbc:postgresql:, not '" + url + "'");
    }

    /**
     * H2 keeps the parsed form of the last 8 statements of each connection; a launch alone runs about 20 different
     * ones, so each was parsed again every time. PostgreSQL's driver keeps its own cache of 256.
     */
    static String withQueryCache(String url) {
        return url.toUpperCase(java.util.Locale.ROOT).contains("QUERY_CACHE_SIZE=") ? url : url + ";QUERY_CACHE_SIZE=128";
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return target().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target().isWrapperFor(iface);
    }
}

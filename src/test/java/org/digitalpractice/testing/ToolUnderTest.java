package org.digitalpractice.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tool as the tests see it: the built WAR, deployed as ROOT.war, with its addresses and its database. */
public final class ToolUnderTest {

    /** Tables that a launch writes to. A rejected launch must leave every count unchanged. */
    public static final List<String> LAUNCH_TABLES =
            List.of("app_user", "course", "placement", "launch_session", "used_once", "deployment");

    private ToolUnderTest() {
    }

    /** GOV.UK Frontend's CSS uses absolute /assets/ URLs, so the tool must be deployed at the root. */
    public static WebArchive war() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("it.war")))
                .as(WebArchive.class);
    }

    /** CPU the Payara Micro under test has used so far, read from its process: for the benchmarks. */
    public static java.time.Duration serverCpu() {
        var payara = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro")).toList();
        if (payara.size() != 1) {
            throw new AssertionError("expected one Payara Micro under test, found " + payara.size());
        }
        return payara.get(0).info().totalCpuDuration().orElseThrow();
    }

    public static int port() {
        return Integer.parseInt(System.getProperty("it.http.port"));
    }

    /** The tool's own host name. */
    public static String toolUrl(String path) {
        return "http://localhost:" + port() + path;
    }

    /** The practice platform's host name: another site than the tool's, as a real LMS would be. */
    public static String platformUrl(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /**
     * The issuer a practice council's launches carry: Northmoor's platform plays Moodle (its own address),
     * Eastbrook's plays Canvas (Canvas's one issuer for every customer).
     */
    public static String practiceIssuer(String council) {
        return council.startsWith("eastbrook") ? "https://canvas.instructure.com" : platformUrl("/practice");
    }

    public static String database() {
        return System.getProperty("it.database");
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }

    public static Map<String, Long> rowCounts() {
        return rowCounts(LAUNCH_TABLES);
    }

    public static Map<String, Long> rowCounts(List<String> tables) {
        var counts = new LinkedHashMap<String, Long>();
        try (var connection = connect()) {
            for (var table : tables) {
                try (var statement = connection.createStatement();
                     var rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count rows in the tool's database", e);
        }
        return counts;
    }
}

package org.digitalpractice.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Deletes rows a test made together with every row that refers to them by a foreign key, however deep, read from
 * the database's own metadata: a journey that installs a council leaves its registration, deployment, courses,
 * people, placements, progress and scores, and the tests after it share the database.
 */
public final class OwnRows {

    private OwnRows() {
    }

    /** Deletes the rows of {@code table} whose primary key is one of {@code ids}, and all that refer to them. */
    public static void delete(String table, List<Long> ids) {
        try (var connection = ToolUnderTest.connect()) {
            connection.setAutoCommit(false);
            delete(connection, connection.getMetaData(), name(connection, table), ids, new HashSet<>());
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete the test's own rows of " + table, e);
        }
    }

    private static void delete(Connection connection, DatabaseMetaData meta, String table, List<Long> ids,
                               Set<String> seen) throws SQLException {
        if (ids.isEmpty() || !seen.add(table + ids)) {
            return;
        }
        var key = singleKey(meta, table);
        if (key == null) {
            return;
        }
        try (var referring = meta.getExportedKeys(null, null, table)) {
            var references = new ArrayList<String[]>();
            while (referring.next()) {
                if (referring.getString("PKCOLUMN_NAME").equalsIgnoreCase(key)) {
                    references.add(new String[]{referring.getString("FKTABLE_NAME"),
                            referring.getString("FKCOLUMN_NAME")});
                }
            }
            for (var reference : references) {
                var childKey = singleKey(meta, reference[0]);
                if (childKey != null && !reference[0].equalsIgnoreCase(table)) {
                    delete(connection, meta, reference[0], select(connection, "select " + childKey + " from "
                            + reference[0] + " where " + reference[1] + " in (" + list(ids) + ")"), seen);
                }
                update(connection, "delete from " + reference[0] + " where " + reference[1] + " in ("
                        + list(ids) + ")");
            }
        }
        update(connection, "delete from " + table + " where " + key + " in (" + list(ids) + ")");
    }

    /** The table's primary key when it is one number column; null otherwise (then nothing can refer to one row). */
    private static String singleKey(DatabaseMetaData meta, String table) throws SQLException {
        var columns = new ArrayList<String>();
        try (var keys = meta.getPrimaryKeys(null, null, table)) {
            while (keys.next()) {
                columns.add(keys.getString("COLUMN_NAME"));
            }
        }
        if (columns.size() != 1) {
            return null;
        }
        try (var column = meta.getColumns(null, null, table, columns.get(0))) {
            return column.next() && column.getInt("DATA_TYPE") == java.sql.Types.BIGINT ? columns.get(0) : null;
        }
    }

    private static List<Long> select(Connection connection, String sql) throws SQLException {
        var ids = new ArrayList<Long>();
        try (var query = connection.prepareStatement(sql); var rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static void update(Connection connection, String sql) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private static String list(List<Long> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }

    private static String name(Connection connection, String table) throws SQLException {
        return connection.getMetaData().storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT)
                : table.toLowerCase(Locale.ROOT);
    }
}

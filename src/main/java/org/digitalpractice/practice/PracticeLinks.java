package org.digitalpractice.practice;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonString;
import org.digitalpractice.infrastructure.Database;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The links to the tool that trainers placed in practice courses, each with its own gradebook column. */
@ApplicationScoped
public class PracticeLinks {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;
    @Inject
    Clock clock;

    public record Link(String id, String courseId, String title, String description, String url,
                       Map<String, String> custom, Optional<String> lineItemId) {
    }

    public Link add(String courseId, String title, String description, String url, Map<String, String> custom,
                    String lineItemId) {
        var id = UUID.randomUUID().toString();
        try (var connection = dataSource.getConnection();
             var insert = connection.prepareStatement("insert into practice_link (id, course_id, title, description, "
                     + "url, custom, line_item_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, courseId);
            insert.setString(3, title);
            insert.setString(4, description);
            insert.setString(5, url);
            var json = Json.createObjectBuilder();
            custom.forEach(json::add);
            insert.setString(6, json.build().toString());
            if (lineItemId == null) {
                insert.setNull(7, Types.VARCHAR);
            } else {
                insert.setString(7, lineItemId);
            }
            insert.setTimestamp(8, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Link(id, courseId, title, description, url, Map.copyOf(custom), Optional.ofNullable(lineItemId));
    }

    public void attachLineItem(String linkId, String lineItemId) {
        try (var connection = dataSource.getConnection();
             var update = connection.prepareStatement("update practice_link set line_item_id = ? where id = ?")) {
            update.setString(1, lineItemId);
            update.setString(2, linkId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Link> inCourse(String courseId) {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement(
                     "select * from practice_link where course_id = ? order by created_at, id")) {
            query.setString(1, courseId);
            try (var rows = query.executeQuery()) {
                var links = new ArrayList<Link>();
                while (rows.next()) {
                    links.add(link(rows));
                }
                return links;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Link> find(String courseId, String id) {
        return inCourse(courseId).stream().filter(l -> l.id().equals(id)).findFirst();
    }

    private static Link link(ResultSet rows) throws SQLException {
        var custom = new LinkedHashMap<String, String>();
        var json = rows.getString("custom");
        if (json != null) {
            try (var reader = Json.createReader(new StringReader(json))) {
                reader.readObject().forEach((k, v) -> custom.put(k, ((JsonString) v).getString()));
            }
        }
        return new Link(rows.getString("id"), rows.getString("course_id"), rows.getString("title"),
                rows.getString("description"), rows.getString("url"), Map.copyOf(custom),
                Optional.ofNullable(rows.getString("line_item_id")));
    }
}

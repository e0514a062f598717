package org.netboot6.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One filtered, paged list query: conditions with bound arguments (never concatenated values), the keyword as an
 * escaped LIKE on a name column, the total count and one page ordered by id.
 */
final class PagedQuery {
    /** Reads the rows of an executed page query. */
    @FunctionalInterface
    interface PageReader<T> {
        List<T> read(PreparedStatement ps) throws SQLException;
    }

    private final String from;
    private final StringBuilder where = new StringBuilder(" WHERE ");
    private final List<Object> args = new ArrayList<>();

    /** {@code from}: table and alias, e.g. "netboot6_host h"; {@code alias}: the alias used for removed and id. */
    PagedQuery(String from, String alias) {
        this.from = from;
        where.append(alias).append(".removed IS NULL");
    }

    PagedQuery and(String condition, Object arg) {
        where.append(" AND ").append(condition);
        args.add(arg);
        return this;
    }

    PagedQuery keyword(PageRequest page, String nameColumn) {
        return page.keyword().isPresent() ? and(nameColumn + " LIKE ?", page.likePattern()) : this;
    }

    <T> Page<T> run(Connection c, String columns, String orderBy, PageRequest page, PageReader<T> reader)
            throws SQLException {
        int total;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + from + where)) {
            bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getInt(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + columns + " FROM " + from + where + " ORDER BY "
                + orderBy + page.limitClause())) {
            bind(ps);
            return new Page<>(reader.read(ps), total);
        }
    }

    /** Reads each row of a plain result set with {@code row}. */
    static <T> PageReader<T> rows(RowReader<T> row) {
        return ps -> {
            List<T> items = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(row.read(rs));
                }
            }
            return items;
        };
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private void bind(PreparedStatement ps) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof Long) {
                ps.setLong(i + 1, (Long) a);
            } else {
                ps.setString(i + 1, (String) a);
            }
        }
    }
}

package org.policyforum.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.policyforum.platform.control.ResidentNumbers;

/**
 * Finds Korean resident registration numbers (주민등록번호) in text, files and database tables, for the check that
 * the forum never stores or logs one.
 *
 * <p>What counts as one: six digits that form a plausible birth date YYMMDD (month 01-12, a day that exists in that
 * month, 29 February allowed), an optional hyphen, a digit 1-4, six more digits, and no digit directly before or
 * after. So {@code 900101-1234567} and {@code 9001011234567} match; {@code 123456-7654321} (month 34), a phone
 * number {@code 010-1234-5678}, a longer digit run and a millisecond timestamp such as {@code 1732665600000}
 * (month 26) do not. The date check and the digit boundaries are there because the bare pattern
 * {@code \d{6}-?[1-4]\d{6}} also fires inside card numbers, order numbers and most 13-digit timestamps.
 *
 * <p>Known gaps, on purpose: numbers of foreign residents (7th digit 5-8) and of people born before 1900 (9, 0),
 * numbers written with spaces or other separators, and a millisecond timestamp that happens to read as a date
 * (epoch milliseconds 17MMDD… and 18MMDD…, i.e. late 2023 to spring 2024 and early to mid 2027) does match: log ISO
 * times, not epoch milliseconds. Digits inside a word of letters and digits (a hex hash such as the SHA-1 WildFly
 * logs for each deployment, an identifier) are not read as a number: a real one stands apart or after Hangul. The check
 * digit is not tested because numbers issued since October 2020 have none.
 */
public final class ResidentNumberScanner {

    private ResidentNumberScanner() {}

    /** Where a number was found, with the number masked so that the report does not repeat it. */
    public record Finding(String location, String masked) {
        @Override
        public String toString() {
            return location + ": " + masked;
        }
    }

    /** What a database scan looked at, so a test can tell an empty scan from a clean one. */
    public record DatabaseScan(List<String> tables, long cells, List<Finding> findings) {}

    /**
     * The resident registration numbers in {@code text}, as written; empty if none. The shape is the product's own
     * ({@link ResidentNumbers}), so that what the forum refuses at every input is what this scan looks for.
     */
    public static List<String> findIn(String text) {
        return ResidentNumbers.findIn(text);
    }

    /** {@code 900101-1234567} becomes {@code 900101-*******}: enough to find it, not enough to leak it. */
    public static String mask(String number) {
        return number.substring(0, 6) + "-*******";
    }

    /** Every line of every regular file under {@code dir} (e.g. the server's log folder). */
    public static List<Finding> scanFiles(Path dir) throws IOException {
        List<Finding> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                findings.addAll(scanFile(file));
            }
        }
        return findings;
    }

    /** Every line of {@code file}; bytes that are not UTF-8 are replaced, digits survive. */
    public static List<Finding> scanFile(Path file) throws IOException {
        List<Finding> findings = new ArrayList<>();
        String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            for (String number : findIn(lines[i])) {
                findings.add(new Finding(file + ":" + (i + 1), mask(number)));
            }
        }
        return findings;
    }

    /**
     * Every cell of every base table outside the system schemas, read as text (binary values decoded as UTF-8).
     * Works on H2 and PostgreSQL through the standard INFORMATION_SCHEMA.
     */
    public static DatabaseScan scanDatabase(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        long cells = 0;
        for (String[] table : applicationTables(connection)) {
            String name = table[0] + "." + table[1];
            tables.add(name);
            String sql = "SELECT * FROM " + quote(table[0]) + "." + quote(table[1]);
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery(sql)) {
                ResultSetMetaData meta = rs.getMetaData();
                long row = 0;
                while (rs.next()) {
                    row++;
                    for (int col = 1; col <= meta.getColumnCount(); col++) {
                        cells++;
                        for (String number : findIn(text(rs, col, meta.getColumnType(col)))) {
                            findings.add(
                                    new Finding(name + "." + meta.getColumnName(col) + " row " + row, mask(number)));
                        }
                    }
                }
            }
        }
        return new DatabaseScan(tables, cells, findings);
    }

    private static List<String[]> applicationTables(Connection connection) throws SQLException {
        String sql = "SELECT table_schema, table_name FROM information_schema.tables"
                + " WHERE table_type = 'BASE TABLE'"
                + " AND LOWER(table_schema) NOT IN ('information_schema', 'pg_catalog')"
                + " AND LOWER(table_schema) NOT LIKE 'pg!_%' ESCAPE '!'"
                + " ORDER BY table_schema, table_name";
        List<String[]> tables = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                tables.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return tables;
    }

    private static String text(ResultSet rs, int col, int type) throws SQLException {
        switch (type) {
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = rs.getBytes(col);
                return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
            }
            default -> {
                try {
                    return rs.getString(col);
                } catch (SQLException notConvertible) {
                    Object value = rs.getObject(col);
                    return value == null ? null : value.toString();
                }
            }
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}

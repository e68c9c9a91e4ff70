package dev.dbmirror.rules.bench;

/** The source text of each kind of class in the synthetic codebase, for module package {@code pkg} and number {@code n}. */
final class SyntheticSources {

    private SyntheticSources() {
    }

    static String record(String pkg, int n) {
        return """
                package %1$s.domain;

                import dev.dbmirror.annotations.MirroredTable;
                import java.math.BigDecimal;
                import java.util.List;
                import java.util.UUID;

                @MirroredTable("public.items_%2$d")
                public record Item%2$d(UUID id, String name, BigDecimal amount, List<String> tags) {
                    public Item%2$d {
                        if (name == null) {
                            throw new IllegalArgumentException("name");
                        }
                    }
                }
                """.formatted(pkg, n);
    }

    static String repository(String pkg, int n) {
        return """
                package %1$s.domain;

                import dev.dbmirror.annotations.MirroredRepository;
                import java.util.List;
                import java.util.Optional;
                import java.util.UUID;

                @MirroredRepository("public.items_%2$d")
                public interface ItemRepository%2$d {
                    void insert(Item%2$d item);
                    Optional<Item%2$d> findById(UUID id);
                    List<Item%2$d> findAll();
                    long count();
                }
                """.formatted(pkg, n);
    }

    static String service(String pkg, int n, boolean leaks) {
        String leak = leaks ? """
                    public int width(java.sql.ResultSet rows) throws java.sql.SQLException {
                        return rows.getMetaData().getColumnCount();
                    }
                """ : "";
        return """
                package %1$s.service;

                import %1$s.domain.Item%2$d;
                import %1$s.domain.ItemRepository%2$d;
                import java.math.BigDecimal;
                import java.util.Comparator;
                import java.util.List;
                import java.util.UUID;

                public class ItemService%2$d {
                    private final ItemRepository%2$d items;

                    public ItemService%2$d(ItemRepository%2$d items) {
                        this.items = items;
                    }

                    public BigDecimal total() {
                        return items.findAll().stream().map(Item%2$d::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                    }

                    public List<String> names() {
                        return items.findAll().stream().sorted(Comparator.comparing(Item%2$d::name)).map(item -> item.name().trim()).toList();
                    }

                    public String describe(UUID id) {
                        return items.findById(id).map(item -> item.name() + " " + item.tags()).orElse("none of " + items.count());
                    }
                %3$s}
                """.formatted(pkg, n, leak);
    }

    static String jdbcRepository(String pkg, int n) {
        return """
                package %1$s.persistence;

                import %1$s.domain.Item%2$d;
                import %1$s.domain.ItemRepository%2$d;
                import java.sql.Connection;
                import java.sql.PreparedStatement;
                import java.sql.ResultSet;
                import java.sql.SQLException;
                import java.util.ArrayList;
                import java.util.List;
                import java.util.Optional;
                import java.util.UUID;
                import javax.sql.DataSource;

                public class JdbcItemRepository%2$d implements ItemRepository%2$d {
                    private final DataSource dataSource;

                    public JdbcItemRepository%2$d(DataSource dataSource) {
                        this.dataSource = dataSource;
                    }

                    @Override
                    public void insert(Item%2$d item) {
                        try (Connection connection = dataSource.getConnection();
                             PreparedStatement insert = connection.prepareStatement("insert into items_%2$d values (?, ?, ?)")) {
                            insert.setObject(1, item.id());
                            insert.setString(2, item.name());
                            insert.setBigDecimal(3, item.amount());
                            insert.executeUpdate();
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }

                    @Override
                    public Optional<Item%2$d> findById(UUID id) {
                        return query("select * from items_%2$d where id = '" + id + "'").stream().findFirst();
                    }

                    @Override
                    public List<Item%2$d> findAll() {
                        return query("select * from items_%2$d");
                    }

                    @Override
                    public long count() {
                        return findAll().size();
                    }

                    private List<Item%2$d> query(String sql) {
                        try (Connection connection = dataSource.getConnection();
                             ResultSet rows = connection.createStatement().executeQuery(sql)) {
                            List<Item%2$d> items = new ArrayList<>();
                            while (rows.next()) {
                                items.add(new Item%2$d(rows.getObject(1, UUID.class), rows.getString(2), rows.getBigDecimal(3), List.of()));
                            }
                            return items;
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
                """.formatted(pkg, n);
    }

    static String controller(String pkg, int n) {
        return """
                package %1$s.app;

                import %1$s.service.ItemService%2$d;
                import java.util.Map;
                import java.util.UUID;

                public class ItemController%2$d {
                    private final ItemService%2$d service;

                    public ItemController%2$d(ItemService%2$d service) {
                        this.service = service;
                    }

                    public Map<String, Object> show(String id) {
                        return Map.of("item", service.describe(UUID.fromString(id)), "total", service.total(), "names", service.names());
                    }
                }
                """.formatted(pkg, n);
    }
}

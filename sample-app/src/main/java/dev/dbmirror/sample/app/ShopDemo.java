package dev.dbmirror.sample.app;

import dev.dbmirror.cli.DbMirror;
import dev.dbmirror.cli.Environment;
import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.pull.Progress;
import dev.dbmirror.sample.domain.Order;
import dev.dbmirror.sample.persistence.Migrations;
import dev.dbmirror.sample.service.OrderLine;
import dev.dbmirror.sample.service.OrderService;
import dev.dbmirror.sample.service.OrderService.PlacedOrder;
import dev.dbmirror.sample.service.RevenueReport;
import dev.dbmirror.schema.diff.MirrorDiff;
import dev.dbmirror.schema.io.MirrorException;
import dev.dbmirror.schema.io.Mirrors;
import dev.dbmirror.schema.model.Mirror;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The main job of the README: on an embedded PostgreSQL, migrate → pull a fresh mirror and show
 * it matches the committed one → run the shop's services → print a short report.
 *
 * <p>Argument: the sample-app folder (default: the working directory).
 */
public final class ShopDemo {

    private final Path appDir;
    private final PrintStream out;

    ShopDemo(Path appDir, PrintStream out) {
        this.appDir = appDir;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path appDir = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int exit = new ShopDemo(appDir, System.out).run();
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /** Runs the demo; returns 0 when the mirror is in sync and the services ran, 2 on drift. */
    int run() throws Exception {
        out.println("dbmirror sample shop");
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            List<String> applied = Migrations.apply(server.getPostgresDatabase(), appDir.resolve("db/migrations"));
            out.println("1. migrated an embedded PostgreSQL: " + String.join(", ", applied));

            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
            if (!mirrorInSync(url)) {
                return 2;
            }

            Shop shop = Shop.on(server.getPostgresDatabase());
            runServices(shop);
        }
        return 0;
    }

    private boolean mirrorInSync(String url) throws IOException, MirrorException {
        Path committedFile = appDir.resolve("db/schema/tables.json");
        Path pulledFile = Files.createTempFile("tables", ".json");
        try {
            StringWriter cliOutput = new StringWriter();
            PrintWriter cli = new PrintWriter(cliOutput, true);
            int code = DbMirror.run(new String[] {"pull", "--url", url, "--user", "postgres", "--quiet",
                    "--mirror", pulledFile.toString()}, new Session(Environment.system(), cli, cli, Progress.SILENT));
            if (code != 0) {
                out.println("   dbmirror pull failed (exit " + code + "):\n" + cliOutput);
                return false;
            }
            Mirror committed = Mirrors.load(committedFile);
            Mirror pulled = Mirrors.load(pulledFile);
            MirrorDiff diff = MirrorDiff.between(committed, pulled);
            if (!diff.isEmpty()) {
                out.println("2. DRIFT: the database differs from " + appDir.relativize(committedFile) + ":");
                out.print(diff.toText());
                out.println("   Run `dbmirror pull` and commit the mirror.");
                return false;
            }
            out.println("2. pulled the schema: in sync with the committed mirror ("
                    + committed.tables().size() + " relations, " + committed.enums().size() + " enum)");
            return true;
        } finally {
            Files.deleteIfExists(pulledFile);
        }
    }

    private void runServices(Shop shop) {
        shop.seed();
        OrderService orders = shop.orders();
        Order first = orders.placeOrder("ada@example.com",
                List.of(new OrderLine("KB-01", 1),
                        new OrderLine("MS-02", 2)), "gift wrap");
        orders.markPaid(first.id());
        orders.placeOrder("ada@example.com", List.of(new OrderLine("MS-02", 1)), null);
        Order third = orders.placeOrder("grace@example.com",
                List.of(new OrderLine("KB-01", 3)), null);
        orders.markPaid(third.id());
        out.println("3. placed 3 orders and paid 2, in transactions, through the generated JDBC adapters");
        boolean again = shop.customers().register("ada@example.com", "Ada again").isEmpty();
        out.println("4. registering ada@example.com again: " + (again
                ? "already registered (the unique key said so)" : "registered twice"));

        out.println();
        out.println("Order history of ada@example.com");
        for (PlacedOrder placed : orders.history("ada@example.com")) {
            Order order = placed.order();
            int units = placed.lines().stream().mapToInt(line -> line.quantity()).sum();
            out.printf("  %-9s %d line(s), %d unit(s)%s%n", order.status().label(), placed.lines().size(), units,
                    order.note() == null ? "" : ", note: " + order.note());
        }

        out.println();
        out.println("Revenue per customer (paid and shipped orders)");
        for (RevenueReport.CustomerRevenue row : shop.revenue().revenuePerCustomer()) {
            out.printf("  %-20s %10s%n", row.email(), money(row.revenue()));
        }
        Map<String, Long> counts = shop.counts();
        out.println();
        out.println("Rows: " + counts);
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}

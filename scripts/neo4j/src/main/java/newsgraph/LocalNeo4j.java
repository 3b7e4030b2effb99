package newsgraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * newsgraph's local Neo4j Community server: an embedded DBMS with Bolt on 127.0.0.1, auth on, an import
 * directory for LOAD CSV. Usage: LocalNeo4j <home dir> <port> <initial password>.
 * Writes <home>/ready once Bolt answers and the password is set; scripts/neo4j.sh waits for it.
 */
public final class LocalNeo4j {
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: LocalNeo4j <home dir> <port> <initial password>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String password = args[2];
    Path importDir = home.resolve("import");
    Path ready = home.resolve("ready");
    Files.createDirectories(importDir);
    Files.deleteIfExists(ready);

    long t0 = System.nanoTime();
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "100M size")
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.err.println("newsgraph-neo4j: shutting down");
      try { Files.deleteIfExists(ready); } catch (Exception ignored) { }
      dbms.shutdown();
      stopped.countDown();
    }));

    // A fresh DBMS has user neo4j with password "neo4j" and "change required": set the documented local
    // password once. A password the user changed later is left alone.
    var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    boolean fresh = system.executeTransactionally(
        "SHOW USERS YIELD user, passwordChangeRequired WHERE user = 'neo4j' RETURN passwordChangeRequired",
        Map.of(), r -> r.hasNext() && Boolean.TRUE.equals(r.next().get("passwordChangeRequired")));
    if (fresh) {
      system.executeTransactionally("ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
      System.err.println("newsgraph-neo4j: set the initial password of user neo4j");
    }

    Files.writeString(ready, ProcessHandle.current().pid() + "\n");
    System.err.printf("newsgraph-neo4j: ready on bolt://127.0.0.1:%d (home %s, import %s) in %.1f s%n",
        port, home, importDir, (System.nanoTime() - t0) / 1e9);
    stopped.await();
  }
}

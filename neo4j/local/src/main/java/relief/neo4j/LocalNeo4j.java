// Starts Neo4j Community embedded in this JVM with its Bolt connector on loopback, for development and CI.
package relief.neo4j;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Usage: LocalNeo4j HOME PORT [PORT ...]. Each port gets its own database management service
 * (its own store under HOME/PORT), because Community Edition serves one user database per
 * service and the test suite needs a scratch database beside the shared, read-only one.
 * Prints "bolt://127.0.0.1:PORT" per service once Bolt accepts connections, then
 * "ready", and shuts every service down cleanly on SIGTERM or SIGINT.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: LocalNeo4j HOME PORT [PORT ...]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    List<DatabaseManagementService> services = new ArrayList<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  // Reverse order: the last service started is the first stopped.
                  for (int i = services.size() - 1; i >= 0; i--) services.get(i).shutdown();
                  System.out.println("stopped");
                  System.out.flush();
                  stopped.countDown();
                },
                "neo4j-local-shutdown"));
    for (int i = 1; i < args.length; i++) {
      int port = Integer.parseInt(args[i]);
      DatabaseManagementService service = start(home.resolve(Integer.toString(port)), port);
      services.add(service);
      awaitBolt(port);
      // A first query loads the Cypher planner's classes, so the first client query after a
      // (re)start is not the one that pays seconds for it.
      service.database("neo4j").executeTransactionally("MATCH (n) RETURN count(n)");
      System.out.println("bolt://127.0.0.1:" + port);
      System.out.flush();
    }
    System.out.println("ready");
    System.out.flush();
    stopped.await();
  }

  private static DatabaseManagementService start(Path directory, int port) {
    return new DatabaseManagementServiceBuilder(directory)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        // Loopback only, for one developer or one CI run: the driver's credentials are accepted as sent.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        // Small and predictable on a 2-core, shared machine; -Dneo4j.pagecache.mb raises it for big benchmarks.
        .setConfig(
            GraphDatabaseSettings.pagecache_memory,
            Long.getLong("neo4j.pagecache.mb", 256L) * 1024 * 1024)
        .setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF)
        .build();
  }

  /** Bolt binds asynchronously after build(): wait until a TCP connection is accepted. */
  private static void awaitBolt(int port) throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("Bolt did not accept connections on port " + port + " within 120 s");
  }
}
